import { BlizWorkError } from './blizwork-error.js';

/** The facts of a redirect reply. */
export interface RedirectErrorDetails {
  /** The operation that was refused, e.g. `getCase`. */
  operation: string;
  /** The request URL, with the token redacted. */
  url: string;
  /** The HTTP status (3xx), 0 for a browser's opaque redirect, or the final status when followed. */
  status: number;
  /** The origin the `Location` header points to (scheme, host and port only), if known. */
  locationOrigin: string | undefined;
  /** True when a custom `fetch` followed the redirect despite `redirect: 'manual'`. */
  followed?: boolean;
}

/** What happened, for the message. */
function describeRedirect({ url, status, locationOrigin, followed }: RedirectErrorDetails): string {
  if (followed) {
    return `the reply to ${url} came through a redirect that the custom fetch followed despite redirect: 'manual'; it is not taken for the API's answer. Pass a fetch that honours redirect: 'manual'`;
  }
  const where =
    locationOrigin === undefined ? 'an unknown location' : `another location at ${locationOrigin}`;
  const answer = status === 0 ? 'a redirect' : `HTTP ${status}, a redirect,`;
  return `${url} answered ${answer} to ${where}; redirects are not followed, so nothing was sent there`;
}

/**
 * The server answered with a redirect (any 3xx, or a browser's opaque redirect). The SDK never
 * follows redirects: following one would send the request body (user id, file content) and, when
 * the `Location` keeps the path, the token-bearing URL to another origin, and would take that
 * origin's reply for the API's. The BlizWork API has no documented redirects: check `baseUrl`
 * (e.g. `http://` where the server wants `https://`, or a missing path prefix).
 */
export class BlizWorkRedirectError extends BlizWorkError {
  /** The error's class name: `BlizWorkRedirectError`. */
  override readonly name: string = 'BlizWorkRedirectError';
  /** The HTTP status (3xx), 0 for a browser's opaque redirect, or the final status when followed. */
  readonly status: number;
  /** Where the redirect points: its origin only (never its path, which may hold the token). */
  readonly locationOrigin: string | undefined;

  constructor(details: RedirectErrorDetails) {
    super(
      `${details.operation}: ${describeRedirect(details)}. Check baseUrl: it must be the API's final URL`,
      { operation: details.operation, url: details.url },
    );
    this.status = details.status;
    this.locationOrigin = details.locationOrigin;
  }
}
