// Every error class the SDK throws, exported for `instanceof` checks, and the type guards that
// also recognise errors made by another copy of the package.
export { BlizWorkError, type BlizWorkErrorOptions } from './blizwork-error.js';
export {
  BlizWorkApiError,
  InvalidTokenError,
  MalformedRequestError,
  TransactionLimitError,
  UnexpectedServerError,
  type ApiErrorDetails,
} from './api-error.js';
export { BlizWorkHttpError, type HttpErrorDetails } from './http-error.js';
export { BlizWorkResponseError, type ResponseErrorDetails } from './response-error.js';
export {
  BlizWorkResponseTooLargeError,
  type ResponseTooLargeErrorDetails,
} from './response-too-large-error.js';
export { BlizWorkRedirectError, type RedirectErrorDetails } from './redirect-error.js';
export { BlizWorkConnectionError } from './connection-error.js';
export { BlizWorkTimeoutError } from './timeout-error.js';
export { SlotTimeoutError } from './slot-timeout-error.js';
export { BlizWorkAbortError } from './abort-error.js';
export { FieldNotFoundError } from './field-not-found-error.js';
export { CaseDataMissingError } from './case-data-missing-error.js';
export { CaseClosedError } from './case-closed-error.js';
export { StaleCaseError } from './stale-case-error.js';
export { BlizWorkHookError, type HookErrorDetails, type HookName } from './hook-error.js';
export { isBlizWorkApiError, isBlizWorkError, isBlizWorkHookError } from './type-guards.js';
