// Types that describe a generated @blizwork/client operation from the SDK's side: what a caller
// passes (the token, client, signal and base URL are the SDK's business; `userId` and `environment`
// are filled in where the spec says the body has them) and what comes back.
import type { CallOptions } from './types.js';

/**
 * Any operation in the style `@hey-api/openapi-ts` generates, such as `listCases` of
 * `@blizwork/client`: a function taking `{ client, path, body, headers, signal }` and resolving
 * `{ data?: ... }`. A hand-written function of that shape works too. A function of another shape
 * is a compile error ("not assignable to parameter of type 'GeneratedOperation'").
 */
export type GeneratedOperation = (options: never) => Promise<{ data?: unknown }>;

/** The body members `raw()` can fill in from the client's configuration. */
export type FillableMember = 'userId' | 'environment';

type OptionsOf<Op> = Op extends (options: infer O) => unknown ? O : never;
type MetadataOf<Op> = Op extends { readonly '~blizwork': infer M } ? M : undefined;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The members of `Op`'s body that `raw()` fills in: `userId` and `environment` where the spec's
 * body schema has them, nothing for an operation without spec metadata (a hand-written one).
 */
export type FilledMembers<Op> =
  MetadataOf<Op> extends { readonly bodyMembers: readonly (infer M)[] }
    ? Extract<M, FillableMember>
    : never;

/** `B` with the members `K` made optional, keeping index signatures and the other members. */
type WithOptional<B, K> = Simplify<
  { [P in keyof B as P extends K ? never : P]: B[P] } & {
    [P in keyof B as P extends K ? P : never]?: B[P];
  }
>;

type BodyType<Op> = OptionsOf<Op> extends { body?: infer B } ? B : never;
type CallerBody<Op, Fill extends boolean> = [Fill] extends [true]
  ? WithOptional<BodyType<Op>, FilledMembers<Op>>
  : BodyType<Op>;
/** `body` is required when the operation requires one, optional when it is optional, absent when none. */
type BodyOption<Op, Fill extends boolean> = 'body' extends keyof OptionsOf<Op>
  ? Record<never, never> extends Pick<OptionsOf<Op>, 'body' & keyof OptionsOf<Op>>
    ? { body?: CallerBody<Op, Fill> }
    : { body: CallerBody<Op, Fill> }
  : { body?: undefined };

type PathOf<Op> = OptionsOf<Op> extends { path: infer P } ? Omit<P, 'token'> : Record<never, never>;
/** `path` is required when the operation has path parameters besides the token, absent when none. */
type PathOption<Op> = [keyof PathOf<Op>] extends [never]
  ? { path?: never }
  : Record<never, never> extends PathOf<Op>
    ? { path?: PathOf<Op> }
    : { path: PathOf<Op> };

/**
 * The options of a raw call: the operation's `body`, its path parameters other than `token` (the
 * SDK adds the token), and extra headers. Unless `Fill` is `false` (`{ fill: false }` in the call
 * options), the body members `raw()` fills in (`userId` and `environment`, where the spec's body
 * schema has them) are optional: `raw()` fills in what is left out.
 */
export type RawOptions<Op extends GeneratedOperation, Fill extends boolean = true> = BodyOption<
  Op,
  Fill
> & {
  /** Extra request headers, checked like {@link RequestCallOptions.headers}. */
  headers?: Record<string, string>;
} & PathOption<Op>;

/**
 * The members every resolved raw reply has: the API answers with `resultCode`/`resultMessage` or
 * with `status`/`message`; `raw()` copies the latter into the former, so `resultCode` is always there
 * (and is 0 for a success).
 */
export interface RawEnvelope {
  /** The reply's result code: 0 for a success. */
  resultCode: number;
  /** The reply's `resultMessage` (or its `message`), when it has one. */
  resultMessage?: string;
}

type ReplyOf<Op extends GeneratedOperation> = Exclude<
  Awaited<ReturnType<Op>> extends { data?: infer D } ? D : never,
  undefined
>;
/** Each member of a union of envelopes, without its own `resultCode`/`resultMessage`. */
type WithEnvelope<E> = E extends unknown
  ? Simplify<{ [K in keyof E as K extends keyof RawEnvelope ? never : K]: E[K] } & RawEnvelope>
  : never;

/**
 * The success envelope an operation resolves with: its reply type (e.g. `GetCaseReply`, with its
 * `payload`), with `resultCode: number` and `resultMessage?: string`.
 */
export type RawResult<Op extends GeneratedOperation> = WithEnvelope<ReplyOf<Op>>;

/** Per-call options of `BlizWork.raw`. */
export interface RawCallOptions<Fill extends boolean = true> extends CallOptions {
  /**
   * Retry on connection errors, timeouts, 408, 429 and 5xx like the SDK's reads. Defaults to the
   * spec's `x-blizwork-retry-safe` for an operation of `@blizwork/client` and to `false` for any
   * other function. Set `true` only for operations that are safe to send twice.
   */
  retry?: boolean;
  /**
   * `false` sends the body exactly as given. By default `raw()` adds `userId` and `environment`
   * (the client's) to the body when the operation's spec body has them and the body leaves them
   * out (`undefined`); a value in the body always wins. @default true
   */
  fill?: Fill;
}

/** What `BlizWork.request` resolves without a type parameter: a success envelope of any shape. */
export type RequestEnvelope = RawEnvelope & Record<string, unknown>;

/** Per-call options of `BlizWork.request`. */
export interface RequestCallOptions extends CallOptions {
  /**
   * Retry on connection errors, timeouts, 408, 429 and 5xx like the SDK's reads. Only for
   * endpoints that are safe to send twice. @default false
   */
  retry?: boolean;
  /**
   * Extra request headers. A name the SDK or the connection owns (`host`, `content-length`,
   * `transfer-encoding`, `connection`, `proxy-*`, the Fetch standard's forbidden names, …) or a
   * value with a line break throws a `TypeError` before anything is sent.
   */
  headers?: Record<string, string>;
}
