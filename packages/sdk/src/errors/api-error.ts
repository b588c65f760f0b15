// The API-error family: a reply with a non-zero result code. The base class, one subclass per
// documented result code (1, 100, 101, 200), and the one factory that picks among them.
import { BlizWorkError } from './blizwork-error.js';
import { API_ERROR_BRAND, brand } from './brand.js';

/** The facts of a reply that carried a non-zero result code. */
export interface ApiErrorDetails {
  /** The operation that failed, e.g. `getCase`. */
  operation: string;
  /** The request URL, with the token redacted. */
  url?: string;
  /** The reply's non-zero result code. */
  resultCode: number;
  /** The reply's `resultMessage` (or `message`), with the token redacted. */
  resultMessage: string;
  /** The HTTP status of the reply (usually 200). */
  httpStatus: number;
}

/**
 * The API answered with a non-zero result code (`resultCode`, or `status` in the other envelope).
 * The documented codes have their own subclasses (the SDK picks one from the reply's code); any
 * other code, such as the emulator's own not-found or wrong-state codes, is a plain
 * `BlizWorkApiError`.
 */
export class BlizWorkApiError extends BlizWorkError {
  /** The error's class name, `BlizWorkApiError` or the subclass's. */
  override readonly name: string = 'BlizWorkApiError';
  /** The result code of the reply (never 0). */
  readonly resultCode: number;
  /** The reply's `resultMessage` (or `message`), with the token redacted. */
  readonly resultMessage: string;
  /** The HTTP status of the reply (usually 200: business errors arrive with HTTP 200). */
  readonly httpStatus: number;

  /** `hint` (what to do about the code) is appended to the message. */
  constructor(details: ApiErrorDetails, hint?: string) {
    const text = details.resultMessage ? `: ${details.resultMessage}` : '';
    const advice = hint ? `. ${hint}` : '';
    super(
      `${details.operation} failed with result code ${details.resultCode}${text}${advice}`,
      details,
    );
    brand(this, API_ERROR_BRAND);
    this.resultCode = details.resultCode;
    this.resultMessage = details.resultMessage;
    this.httpStatus = details.httpStatus;
  }
}

/** Where tokens come from and how long they last, appended to the message. */
const TOKEN_HINT =
  'The API token is invalid or expired: a token lasts about one year. Get a current one in the BlizWork web app ("Mi Cuenta"), or ask your company\'s BlizWork administrator';

/**
 * The token is invalid or expired (result code 1). Tokens come from "Mi Cuenta" in the BlizWork
 * web app (or from the company's administrator) and last about one year; the message says so.
 */
export class InvalidTokenError extends BlizWorkApiError {
  /** The error's class name: `InvalidTokenError`. */
  override readonly name: string = 'InvalidTokenError';

  constructor(details: ApiErrorDetails) {
    super(details, TOKEN_HINT);
  }
}

/** The API rejected the request as malformed (result code 100). */
export class MalformedRequestError extends BlizWorkApiError {
  /** The error's class name: `MalformedRequestError`. */
  override readonly name: string = 'MalformedRequestError';
}

/** The API reported an unexpected error of its own (result code 101). */
export class UnexpectedServerError extends BlizWorkApiError {
  /** The error's class name: `UnexpectedServerError`. */
  override readonly name: string = 'UnexpectedServerError';
}

/**
 * The company's plan transaction limit was exceeded (result code 200); see the plan's rate limits.
 * The SDK resends a read refused this way within `maxRetries` (writes, notifications and
 * validateCall only with the client option `resendWritesOnTransactionLimit`), and throws this
 * error when every attempt was refused, or at once for a call it does not resend (its message then
 * says why and what to do).
 */
export class TransactionLimitError extends BlizWorkApiError {
  /** The error's class name: `TransactionLimitError`. */
  override readonly name: string = 'TransactionLimitError';
  /** Milliseconds the call waited in all (rate-limiter slots and back-off between attempts). */
  readonly waitedMs: number;

  /** `hint` (why the call was not resent, what to do) is appended to the message. */
  constructor(details: ApiErrorDetails & { waitedMs?: number }, hint?: string) {
    super(details, hint);
    this.waitedMs = details.waitedMs ?? 0;
  }
}

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
