import { BlizWorkApiError } from './api-error.js';

/** The API reported an unexpected error of its own (result code 101). */
export class UnexpectedServerError extends BlizWorkApiError {
  override readonly name: string = 'UnexpectedServerError';
}
