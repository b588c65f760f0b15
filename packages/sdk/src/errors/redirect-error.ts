import { BlizWorkError } from './blizwork-error.js';

/** The facts of a redirect reply. */
export interface RedirectErrorDetails {
  operation: string;
  url: string;
  /** The HTTP status (3xx), or 0 for a browser's opaque redirect. */
  status: number;
  /** The origin the `Location` header points to (scheme, host and port only), if known. */
  locationOrigin: string | undefined;
}

/**
 * The server answered with a redirect (any 3xx, or a browser's opaque redirect). The SDK never
 * follows redirects: following one would send the request body (user id, file content) and, when
 * the `Location` keeps the path, the token-bearing URL to another origin, and would take that
 * origin's reply for the API's. The BlizWork API has no documented redirects: check `baseUrl`
 * (e.g. `http://` where the server wants `https://`, or a missing path prefix).
 */
export class BlizWorkRedirectError extends BlizWorkError {
  override readonly name: string = 'BlizWorkRedirectError';
  /** The HTTP status (3xx), or 0 for a browser's opaque redirect. */
  readonly status: number;
  /** Where the redirect points: its origin only (never its path, which may hold the token). */
  readonly locationOrigin: string | undefined;

  constructor(details: RedirectErrorDetails) {
    const where =
      details.locationOrigin === undefined
        ? 'an unknown location'
        : `another location at ${details.locationOrigin}`;
    const status = details.status === 0 ? 'a redirect' : `HTTP ${details.status}`;
    super(
      `${details.operation}: ${details.url} answered ${status} to ${where}; redirects are not followed (nothing was sent there). Check baseUrl: it must be the API's final URL`,
      details,
    );
    this.status = details.status;
    this.locationOrigin = details.locationOrigin;
  }
}
