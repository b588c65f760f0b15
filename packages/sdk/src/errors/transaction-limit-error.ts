import { BlizWorkApiError, type ApiErrorDetails } from './api-error.js';

/**
 * The company's plan transaction limit was exceeded (result code 200); see the plan's rate limits.
 * The SDK resends such a call (the server refused it before it ran) within `maxRetries`, and
 * throws this error only when every attempt was refused.
 */
export class TransactionLimitError extends BlizWorkApiError {
  override readonly name: string = 'TransactionLimitError';
  /** Milliseconds the call waited in all (rate-limiter slots and back-off between attempts). */
  readonly waitedMs: number;

  constructor(details: ApiErrorDetails & { waitedMs?: number }) {
    super(details);
    this.waitedMs = details.waitedMs ?? 0;
  }
}
