import { BlizWorkApiError, type ApiErrorDetails } from './api-error.js';

/** Where tokens come from and how long they last, appended to the message. */
const TOKEN_HINT =
  'The API token is invalid or expired: a token lasts about one year. Get a current one in the BlizWork web app ("Mi Cuenta"), or ask your company\'s BlizWork administrator';

/**
 * The token is invalid or expired (result code 1). Tokens come from "Mi Cuenta" in the BlizWork
 * web app (or from the company's administrator) and last about one year; the message says so.
 */
export class InvalidTokenError extends BlizWorkApiError {
  override readonly name: string = 'InvalidTokenError';

  constructor(details: ApiErrorDetails) {
    super(details, TOKEN_HINT);
  }
}
