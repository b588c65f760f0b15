import type { IncomingMessage, ServerResponse } from 'node:http';

/** The web `Request` a node request stands for, or why it cannot be one (answered 400). */
export type WebRequestResult = { ok: true; request: Request } | { ok: false; reason: string };

/**
 * A `Host` header as a URL authority: a DNS name or IPv4 address, or a bracketed IPv6 address,
 * with an optional port. Nothing that could add a path, userinfo or a second host.
 */
const HOST_PATTERN = /^(?:[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * True when the request has more than one `Host` header. Node keeps the first and drops the rest
 * from `request.headers`, while a proxy in front may have routed on another: which host the
 * request is for is then ambiguous (RFC 9112 §3.2 answers 400). Only `rawHeaders` still has them.
 */
function hasRepeatedHost(rawHeaders: readonly string[]): boolean {
  let hosts = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]?.toLowerCase() === 'host' && ++hosts > 1) return true;
  }
  return false;
}

/**
 * Only origin-form targets (`/path?query`) are served. An absolute-form (`http://other/hook`) or
 * `//other/hook` target would let the caller choose the URL's host, and any other form (`*`,
 * `host:port`) has no meaning for a webhook.
 */
const isOriginForm = (target: string): boolean =>
  target.startsWith('/') && !target.startsWith('//');

/**
 * Streams the incoming body on demand (pausing the socket between reads), so a body limit can stop
 * reading without buffering. On cancel the rest is drained and discarded, never kept, and the
 * connection is closed after the reply. An `end` that arrives after a cancel is ignored: closing a
 * cancelled stream throws, and that throw would be uncaught.
 */
function bodyStream(
  request: IncomingMessage,
  response: ServerResponse,
): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      request.pause();
      // No 'data' follows 'end' or 'error', and cancel removes this listener.
      request.on('data', (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      });
      request.once('end', () => {
        if (!cancelled) controller.close();
      });
      // Node emits 'error' only for a request cut short (never after 'end'), and erroring a
      // cancelled stream does nothing: no guard is needed here.
      request.once('error', (error) => controller.error(error));
    },
    pull() {
      request.resume();
    },
    cancel() {
      cancelled = true;
      // With no 'data' listener left, the resumed request discards what still arrives.
      request.removeAllListeners('data');
      request.resume();
      response.setHeader('connection', 'close');
    },
  });
}

/**
 * Rebuilds the web `Request` a node request stands for: URL from the `Host` header and an
 * origin-form target, headers, method and a streamed body. Never throws: whatever `URL`,
 * `Headers` or `Request` refuse (a malformed `Host`, an odd target, a header value `Headers`
 * rejects, a method such as TRACE, more than one `Host`) becomes a reason, so one request cannot crash the server.
 */
export function toWebRequest(
  request: IncomingMessage,
  response: ServerResponse,
  abort: AbortSignal,
): WebRequestResult {
  // First of all: every other check below reads `request.headers.host`, which hides a second Host.
  if (hasRepeatedHost(request.rawHeaders))
    return { ok: false, reason: 'more than one Host header' };
  const target = request.url ?? '/';
  if (!isOriginForm(target)) return { ok: false, reason: 'request target must be a path' };
  // HTTP/1.0 may omit Host; node:http itself refuses an HTTP/1.1 request without one.
  const host = request.headers.host ?? 'localhost';
  if (!HOST_PATTERN.test(host)) return { ok: false, reason: 'malformed Host header' };
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  try {
    const url = new URL(target, `${encrypted ? 'https' : 'http'}://${host}`);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const web = new Request(url, {
      method: request.method,
      headers,
      body: hasBody ? bodyStream(request, response) : null,
      signal: abort,
      // Required by fetch's Request for a streamed body.
      duplex: 'half',
    } as RequestInit);
    return { ok: true, request: web };
  } catch {
    return { ok: false, reason: 'malformed request' };
  }
}
