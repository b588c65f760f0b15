import { BlizWorkError } from './blizwork-error.js';

/**
 * The caller's `AbortSignal` aborted the call (before it was sent, while waiting for the reply, or
 * between retries). `cause` is the signal's `reason`. It is a {@link BlizWorkError} like every other
 * failure; test for it with `instanceof BlizWorkAbortError` (its `name` is not `AbortError`).
 */
export class BlizWorkAbortError extends BlizWorkError {
  /** The error's class name: `BlizWorkAbortError`. */
  override readonly name: string = 'BlizWorkAbortError';

  constructor(operation: string, reason: unknown) {
    super(`${operation} was aborted by the caller's signal`, { operation, cause: reason });
  }
}
