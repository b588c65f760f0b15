import { BlizWorkError } from './blizwork-error.js';

/** The facts of a reply that could not be read as the expected JSON. */
export interface ResponseErrorDetails {
  /** The operation whose reply was refused, e.g. `getCase`. */
  operation: string;
  /** The request URL, with the token redacted. */
  url: string;
  /** The reply's HTTP status. */
  httpStatus: number;
  /** Why the reply was refused, e.g. `the body is not JSON`. */
  problem: string;
  /** The first characters of the body, on one line, with the token redacted. */
  bodyExcerpt: string;
  /** The parse or read error behind the refusal, if any. */
  cause?: unknown;
}

/**
 * A 2xx reply that is not the JSON the SDK expects: not JSON (e.g. an HTML page), JSON without a
 * result code, or a success envelope that lacks the data the operation returns. It is never
 * taken for a success.
 */
export class BlizWorkResponseError extends BlizWorkError {
  /** The error's class name, `BlizWorkResponseError` or the subclass's. */
  override readonly name: string = 'BlizWorkResponseError';
  /** The HTTP status of the reply. */
  readonly httpStatus: number;
  /** The first characters of the body, on one line, with the token redacted. */
  readonly bodyExcerpt: string;

  constructor(details: ResponseErrorDetails) {
    const excerpt = details.bodyExcerpt ? ` (body: ${details.bodyExcerpt})` : '';
    super(
      `${details.operation}: unexpected reply from ${details.url} (HTTP ${details.httpStatus}): ${details.problem}${excerpt}`,
      details,
    );
    this.httpStatus = details.httpStatus;
    this.bodyExcerpt = details.bodyExcerpt;
  }
}
