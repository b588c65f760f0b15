/**
 * node:http timeouts for the extension server. Node's defaults (`requestTimeout` 300 s) let a
 * client that sends its request slowly hold a socket for minutes; BlizWork sends a whole call
 * (at most ~500 KB) in well under a second. The handler's `bodyTimeoutMs` (10 s) bounds the body
 * once the request reaches it; these bound the headers and the whole request.
 */
export const SERVER_TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000 } as const;
