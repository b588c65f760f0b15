import type { IncomingMessage, ServerResponse } from 'node:http';

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

/**
 * Adds CORS headers for the request's origin when it is allowed, and answers a preflight
 * (`OPTIONS` with `access-control-request-method`) with 204. Returns true when it answered.
 * Called for API and attachment paths only: never for `/_emulator/` (the dashboard and its admin
 * API stay same-origin).
 */
export function applyCors(
  origins: CorsOrigins,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const origin = request.headers.origin;
  const allowed = origin !== undefined && (origins === '*' || origins.has(origin));
  if (origins !== '*') response.setHeader('vary', 'origin');
  if (allowed) {
    response.setHeader('access-control-allow-origin', origins === '*' ? '*' : origin);
    response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  const preflight =
    request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
  if (!preflight) return false;
  if (allowed) {
    response.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    const requested = request.headers['access-control-request-headers'];
    if (requested !== undefined) response.setHeader('access-control-allow-headers', requested);
    response.setHeader('access-control-max-age', PREFLIGHT_MAX_AGE);
  }
  // A refused origin gets the 204 without allow headers: the browser then blocks the call.
  response.writeHead(204, { 'content-length': '0' });
  response.end();
  return true;
}
