import { BlizWorkApiError } from './api-error.js';

/** The API rejected the request as malformed (result code 100). */
export class MalformedRequestError extends BlizWorkApiError {
  override readonly name: string = 'MalformedRequestError';
}
