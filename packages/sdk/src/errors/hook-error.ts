import { BlizWorkError } from './blizwork-error.js';
import { HOOK_ERROR_BRAND, brand } from './brand.js';

/** The hooks of {@link BlizWorkHooks}, as a hook error names them. */
export type HookName = 'beforeRequest' | 'afterResponse' | 'beforeRetry' | 'onError';

/** The facts of a failed hook. */
export interface HookErrorDetails {
  /** The hook that threw (or rejected, or returned headers the SDK refuses). */
  hook: HookName;
  /** The operation of the call, e.g. `getCase` (`request` for `bw.request()`). */
  operation: string;
  /** The request URL with the token redacted. */
  url: string;
  /** The attempt the hook ran for (the last attempt, for `onError`; 0 when none was sent). */
  attempt: number;
  /** What the hook threw, as a token-free copy (its name, message and stack). */
  cause: unknown;
  /** For `onError`: the error the call had failed with before the hook threw. */
  callError?: Error;
}

/**
 * A hook of the client's `hooks` option threw, rejected, or (`beforeRequest`) returned headers the
 * SDK refuses: the call fails with this error, never retried (an `afterResponse` hook that throws
 * after a write ran does not make the SDK send the write again). `hook` names the hook, `cause` is
 * a token-free copy of what it threw (its `name`, `message` and `stack`), and for `onError`,
 * `callError` is the error the call had already failed with.
 *
 * @example
 * try {
 *   await sales.getCase(2);
 * } catch (error) {
 *   if (error instanceof BlizWorkHookError) log(error.hook, error.cause);
 * }
 */
export class BlizWorkHookError extends BlizWorkError {
  /** The error's class name: `BlizWorkHookError`. */
  override readonly name: string = 'BlizWorkHookError';
  /** The hook that failed. */
  readonly hook: HookName;
  /** The attempt the hook ran for (the last attempt, for `onError`; 0 when none was sent). */
  readonly attempt: number;
  /** For `onError`: the error the call had failed with before the hook threw. */
  readonly callError: Error | undefined;

  constructor(details: HookErrorDetails) {
    const thrown =
      details.cause instanceof Error
        ? `${details.cause.name}: ${details.cause.message}`
        : 'a non-Error value';
    const after = details.callError ? ` (the call had failed with ${details.callError.name})` : '';
    super(`${details.operation}: the ${details.hook} hook threw ${thrown}${after}`, details);
    brand(this, HOOK_ERROR_BRAND);
    this.hook = details.hook;
    this.attempt = details.attempt;
    this.callError = details.callError;
  }
}
