import { BlizWorkTimeoutError } from './timeout-error.js';

/**
 * A call waited longer than `timeoutMs` for a slot of the client's rate limiter; nothing was sent.
 * A {@link BlizWorkTimeoutError}, so code that handles timeouts handles it too.
 */
export class SlotTimeoutError extends BlizWorkTimeoutError {
  /** The error's class name: `SlotTimeoutError`. */
  override readonly name: string = 'SlotTimeoutError';

  constructor(operation: string, timeoutMs: number) {
    super(operation, '', timeoutMs, undefined);
    this.message = `${operation}: no rate-limit slot within ${timeoutMs} ms (nothing was sent); raise timeoutMs or the rate`;
  }
}
