import { BlizWorkError } from './blizwork-error.js';

/** One attempt took longer than `timeoutMs` (the attempt was aborted). */
export class BlizWorkTimeoutError extends BlizWorkError {
  /** The error's class name, `BlizWorkTimeoutError` or the subclass's. */
  override readonly name: string = 'BlizWorkTimeoutError';
  /** The per-attempt timeout that expired, in milliseconds. */
  readonly timeoutMs: number;

  constructor(operation: string, url: string, timeoutMs: number, cause: unknown) {
    super(`${operation}: no reply from ${url} within ${timeoutMs} ms`, { operation, url, cause });
    this.timeoutMs = timeoutMs;
  }
}
