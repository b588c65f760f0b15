// Types that describe a generated @blizwork/client operation from the SDK's side: what a caller
// passes (the token, client, signal and base URL are the SDK's business) and what comes back.
import type { CallOptions } from '../types.js';

/** Any generated operation of `@blizwork/client`, such as `listCases` or `validateCallByPath`. */
export type GeneratedOperation = (options: never) => Promise<unknown>;

type OptionsOf<Op> = Op extends (options: infer O) => unknown ? O : never;
type PathOf<Op> = OptionsOf<Op> extends { path: infer P } ? Omit<P, 'token'> : Record<never, never>;
type BodyOf<Op> = OptionsOf<Op> extends { body: infer B } ? { body: B } : { body?: undefined };
/** `path` is required when the operation has path parameters besides the token, absent when none. */
type PathOption<Op> = [keyof PathOf<Op>] extends [never]
  ? { path?: never }
  : Record<never, never> extends PathOf<Op>
    ? { path?: PathOf<Op> }
    : { path: PathOf<Op> };

/**
 * The options of a raw call: the operation's `body`, its path parameters other than `token` (the
 * SDK adds the token), and extra headers.
 */
export type RawOptions<Op extends GeneratedOperation> = BodyOf<Op> & {
  headers?: Record<string, string>;
} & PathOption<Op>;

/** The reply envelope an operation resolves with on success, e.g. `ListCasesReply`. */
export type RawResult<Op extends GeneratedOperation> = Exclude<
  Awaited<ReturnType<Op>> extends { data: infer D } ? D : never,
  undefined
>;

/** Per-call options of `BlizWork.raw`. */
export interface RawCallOptions extends CallOptions {
  /**
   * Retry on connection errors, timeouts, 408, 429 and 5xx like the SDK's reads. Only for
   * operations that are safe to send twice. @default false
   */
  retry?: boolean;
}
