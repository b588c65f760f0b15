import { BlizWorkError } from './blizwork-error.js';

/** The facts of a reply that carried a non-zero result code. */
export interface ApiErrorDetails {
  operation: string;
  url?: string;
  resultCode: number;
  resultMessage: string;
  httpStatus: number;
}

/**
 * The API answered with a non-zero result code (`resultCode`, or `status` in the other envelope).
 * The documented codes have their own subclasses (see `createApiError`); any other code, such as
 * the emulator's own not-found or wrong-state codes, is a plain `BlizWorkApiError`.
 */
export class BlizWorkApiError extends BlizWorkError {
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
    this.resultCode = details.resultCode;
    this.resultMessage = details.resultMessage;
    this.httpStatus = details.httpStatus;
  }
}
