import { BlizWorkApiError } from './api-error.js';

/** The company's plan transaction limit was exceeded (result code 200); see the plan's rate limits. */
export class TransactionLimitError extends BlizWorkApiError {
  override readonly name: string = 'TransactionLimitError';
}
