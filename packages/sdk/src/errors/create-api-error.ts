import { BlizWorkApiError, type ApiErrorDetails } from './api-error.js';
import { InvalidTokenError } from './invalid-token-error.js';
import { MalformedRequestError } from './malformed-request-error.js';
import { TransactionLimitError } from './transaction-limit-error.js';
import { UnexpectedServerError } from './unexpected-server-error.js';

/**
 * The one place that picks the error class for a non-zero result code: the documented codes
 * (1, 100, 101, 200) get their subclass, any other code a plain {@link BlizWorkApiError}.
 */
export function createApiError(details: ApiErrorDetails): BlizWorkApiError {
  switch (details.resultCode) {
    case 1:
      return new InvalidTokenError(details);
    case 100:
      return new MalformedRequestError(details);
    case 101:
      return new UnexpectedServerError(details);
    case 200:
      return new TransactionLimitError(details);
    default:
      return new BlizWorkApiError(details);
  }
}
