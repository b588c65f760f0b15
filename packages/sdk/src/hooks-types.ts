// The public shapes of the `hooks` option: what each hook receives and may return. The pipeline
// builds the views (src/internal/observe/call-observation.ts); this file only describes them.

/**
 * What every hook sees of a call: a frozen object, built by the SDK for the hooks. It never holds
 * the token (the URL is redacted and there is no token field) nor a body: field values stay out.
 */
export interface HookCallInfo {
  /** The operation, e.g. `getCase`, `executeActivity`, `upsertMasterData`, or `request(/path)`. */
  readonly operation: string;
  /** The HTTP method: `POST` for every BlizWork operation. */
  readonly method: string;
  /** The request URL with the token replaced by `***`, e.g. `https://api.blizwork.com/exec/***`. */
  readonly url: string;
  /** The process the call is about (the body's `processId` or `workflowId`), when it names one. */
  readonly processId: string | undefined;
  /**
   * The case the call is about (the body's `caseNumber`; for `startCase`, once it replied, the
   * number of the new case), when there is one.
   */
  readonly caseNumber: number | undefined;
  /** The size of the JSON request body in bytes (UTF-8), `undefined` for a call without a body. */
  readonly requestBytes: number | undefined;
}

/** What a `beforeRequest` hook sees: the call, and the attempt about to be sent. */
export interface BeforeRequestInfo extends HookCallInfo {
  /** The attempt number: 1, then 2 and on for retries and resends. */
  readonly attempt: number;
  /**
   * Milliseconds this attempt waited for a slot of the client's rate limiter (`rateLimit`),
   * `undefined` when the client has no rate limiter.
   */
  readonly slotWaitMs: number | undefined;
}

/** What an `afterResponse` hook sees: an attempt that got an HTTP reply, and how it settled. */
export interface AfterResponseInfo extends BeforeRequestInfo {
  /** The reply's HTTP status. */
  readonly status: number;
  /** The reply's result code, when it carried one (0 for success, 200 for a plan refusal, …). */
  readonly resultCode: number | undefined;
  /** The size of the reply body in bytes (UTF-8), `undefined` when it was not read (a redirect, a body over `maxResponseBytes`). */
  readonly responseBytes: number | undefined;
  /** Milliseconds from sending the attempt to reading its reply (not counting `slotWaitMs`). */
  readonly durationMs: number;
  /**
   * Why the attempt failed (a `BlizWorkError`: the reply's error), or `undefined` when it
   * succeeded. A failed attempt may still be retried: `beforeRetry` or `onError` follows.
   */
  readonly error: Error | undefined;
}

/** What a `beforeRetry` hook sees: the attempt that failed, and the wait before the next one. */
export interface BeforeRetryInfo extends BeforeRequestInfo {
  /** Why the attempt failed. */
  readonly error: Error;
  /** The failed attempt's HTTP status, `undefined` when it got no reply (a timeout, a refused connection). */
  readonly status: number | undefined;
  /** The failed attempt's result code, when its reply carried one. */
  readonly resultCode: number | undefined;
  /** Milliseconds the SDK waits before sending attempt `attempt + 1` (back-off or `Retry-After`). */
  readonly delayMs: number;
}

/** What an `onError` hook sees: the call failed, with the error its caller receives. */
export interface OnErrorInfo extends HookCallInfo {
  /** The last attempt sent (0 when the call failed before sending one, e.g. waiting for a slot). */
  readonly attempt: number;
  /** The last reply's HTTP status, `undefined` when no attempt got a reply. */
  readonly status: number | undefined;
  /** The last reply's result code, when it carried one. */
  readonly resultCode: number | undefined;
  /** Milliseconds the whole call took: every attempt, slot wait and back-off. */
  readonly durationMs: number;
  /**
   * The error the call rejects with: a `BlizWorkError` (a `BlizWorkHookError` when another hook
   * failed the call), or what a custom `RateLimiter` threw.
   */
  readonly error: Error;
}

/** Headers a `beforeRequest` hook adds to the attempt: names to one-line ASCII values. */
export type HookHeaders = Readonly<Record<string, string>> | Headers;

/**
 * Runs before every attempt is sent, after its rate-limit slot was taken. May return (or resolve)
 * headers to add to this attempt, checked like `request()`'s headers (`host`, `content-length`,
 * hop-by-hop and browser-forbidden names are refused).
 */
export type BeforeRequestHook = (
  info: BeforeRequestInfo,
) => HookHeaders | undefined | void | Promise<HookHeaders | undefined | void>;
/**
 * Runs after every attempt that got an HTTP reply, once the reply is read and checked. A returned
 * promise is awaited; any other value is ignored (so `(r) => lines.push(r.url)` is fine).
 */
export type AfterResponseHook = (info: AfterResponseInfo) => unknown;
/**
 * Runs before the SDK waits to send a failed attempt again (a read's transient failure, a code-200
 * refusal). A returned promise is awaited; any other value is ignored.
 */
export type BeforeRetryHook = (info: BeforeRetryInfo) => unknown;
/** Runs once when a call fails, before it rejects. A returned promise is awaited; any other value is ignored. */
export type OnErrorHook = (info: OnErrorInfo) => unknown;

/**
 * Functions the client calls around every call, in array order, each awaited before the next.
 * They observe the call through frozen views (no token, no body) and `beforeRequest` may add
 * headers. A hook that throws or rejects fails the call with `BlizWorkHookError`, never retried.
 *
 * Order, per attempt: wait for a rate-limit slot (`rateLimit`; its wait is bounded by `timeoutMs`)
 * → `beforeRequest` → send (the attempt's `timeoutMs` starts here and covers the reply) →
 * `afterResponse` (when an HTTP reply came) → on a failure the SDK retries: `beforeRetry`, the
 * back-off, and the next attempt; on a failure it does not retry: `onError`, then the call rejects.
 * Hooks run outside the attempt's timeout, and the caller's `signal` is checked after them.
 *
 * Inherited by clients derived with `withOptions`; hooks passed there are appended after the
 * inherited ones (`hooks: null` drops the inherited hooks).
 *
 * @example
 * const bw = new BlizWork({
 *   ...options,
 *   hooks: {
 *     beforeRequest: [() => ({ 'x-request-id': crypto.randomUUID() })],
 *     afterResponse: [(r) => log(`${r.operation} ${r.status} code ${r.resultCode} in ${r.durationMs} ms`)],
 *     onError: [(f) => log(`${f.operation} failed: ${f.error.name}`)],
 *   },
 * });
 */
export interface BlizWorkHooks {
  /** Before every attempt is sent; may return headers to add. */
  beforeRequest?: readonly BeforeRequestHook[];
  /** After every attempt that got an HTTP reply. */
  afterResponse?: readonly AfterResponseHook[];
  /** Before every retry or resend, before its back-off. */
  beforeRetry?: readonly BeforeRetryHook[];
  /** Once per failed call, before it rejects. */
  onError?: readonly OnErrorHook[];
}
