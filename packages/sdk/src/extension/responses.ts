/** Builds a JSON `Response` with no-store caching, the only kind of reply the handler writes itself. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** A rejection the caller sees: an HTTP status and a short, secret-free reason. */
export interface Rejection {
  status: number;
  error: string;
  /** Extra response headers (e.g. `allow` on 405). */
  headers?: Record<string, string>;
}

/** Turns a rejection into its JSON reply `{ "error": "..." }`. */
export function rejectionResponse(rejection: Rejection): Response {
  return jsonResponse(rejection.status, { error: rejection.error }, rejection.headers);
}
