import type { PlainReply, PlainRequest } from './plain-http.js';

/**
 * Which browser origins may call the emulator's API: `'*'` for any, else the exact origins
 * (`scheme://host[:port]`). Undefined (the default) sends no CORS headers, so pages cannot.
 */
export type CorsOrigins = '*' | ReadonlySet<string>;

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
/** The SDK reads these on failures (rate limits, example replies). */
const EXPOSED_HEADERS = 'retry-after, x-blizwork-emulated';
/** Browsers may cache a preflight this long (seconds). */
const PREFLIGHT_MAX_AGE = '600';

/** True when `origins` (the `cors` option; undefined: off) lets a page of `origin` call the API. */
export const corsAllows = (origins: CorsOrigins | undefined, origin: string | undefined): boolean =>
  origins === '*' || (origin !== undefined && origins !== undefined && origins.has(origin));

/** The CORS headers for a request, and the preflight's reply when it is one. */
export interface CorsOutcome {
  readonly headers: Record<string, string>;
  /** Set for a preflight (`OPTIONS` with `access-control-request-method`): answer it, nothing else. */
  readonly preflight?: PlainReply;
}

/**
 * The CORS headers for the request's origin when it is allowed, and for a preflight its 204 reply.
 * Called for API and attachment paths only: never for `/_emulator/` (the dashboard and its admin
 * API stay same-origin).
 */
export function corsFor(origins: CorsOrigins, request: PlainRequest): CorsOutcome {
  const origin = request.header('origin');
  const allowed = origin !== undefined && corsAllows(origins, origin);
  const headers: Record<string, string> = {};
  if (origins !== '*') headers.vary = 'origin';
  if (allowed) {
    headers['access-control-allow-origin'] = origins === '*' ? '*' : origin;
    headers['access-control-expose-headers'] = EXPOSED_HEADERS;
  }
  const preflight =
    request.method === 'OPTIONS' && request.header('access-control-request-method') !== undefined;
  if (!preflight) return { headers };
  if (allowed) {
    headers['access-control-allow-methods'] = ALLOWED_METHODS;
    const requested = request.header('access-control-request-headers');
    if (requested !== undefined) headers['access-control-allow-headers'] = requested;
    headers['access-control-max-age'] = PREFLIGHT_MAX_AGE;
  }
  // A refused origin gets the 204 without allow headers: the browser then blocks the call.
  return { headers, preflight: { status: 204, headers, body: '' } };
}
