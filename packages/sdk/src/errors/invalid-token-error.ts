import { BlizWorkApiError } from './api-error.js';

/** The token is invalid or expired (result code 1). Renew it in the BlizWork web app: a token lasts at most one year. */
export class InvalidTokenError extends BlizWorkApiError {
  override readonly name: string = 'InvalidTokenError';
}
