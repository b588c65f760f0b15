import { BlizWorkError } from './blizwork-error.js';

/** The facts of a non-2xx reply that was not a result envelope. */
export interface HttpErrorDetails {
  /** The operation that failed, e.g. `getCase`. */
  operation: string;
  /** The request URL, with the token redacted. */
  url: string;
  /** The reply's HTTP status. */
  status: number;
  /** The first characters of the body, on one line, with the token redacted. */
  bodyExcerpt: string;
}

/**
 * The server answered with a non-2xx HTTP status and no result envelope (e.g. a proxy's HTML 502
 * page). A non-2xx reply that does carry a non-zero result code is a {@link BlizWorkApiError}.
 */
export class BlizWorkHttpError extends BlizWorkError {
  /** The error's class name: `BlizWorkHttpError`. */
  override readonly name: string = 'BlizWorkHttpError';
  /** The HTTP status code. */
  readonly status: number;
  /** The first characters of the body, on one line, with the token redacted. */
  readonly bodyExcerpt: string;

  constructor(details: HttpErrorDetails) {
    const excerpt = details.bodyExcerpt ? `: ${details.bodyExcerpt}` : '';
    super(
      `${details.operation} failed with HTTP ${details.status} from ${details.url}${excerpt}`,
      details,
    );
    this.status = details.status;
    this.bodyExcerpt = details.bodyExcerpt;
  }
}
