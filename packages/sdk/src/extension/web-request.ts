import type { IncomingMessage, ServerResponse } from 'node:http';

/** The web `Request` a node request stands for, or why it cannot be one (answered 400). */
export type WebRequestResult = { ok: true; request: Request } | { ok: false; reason: string };

/**
 * A `Host` header as a URL authority: a DNS name or IPv4 address, or a bracketed IPv6 address,
 * with an optional port. Nothing that could add a path, userinfo or a second host.
 */
const HOST_PATTERN = /^(?:[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

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
 * connection is closed after the reply. Node events that arrive after a cancel (`end`, `error`)
 * are ignored: touching a closed controller throws, and that throw would be uncaught.
 */
function bodyStream(
  request: IncomingMessage,
  response: ServerResponse,
): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      request.pause();
      request.on('data', (chunk: Buffer) => {
        if (finished) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      });
      request.once('end', () => {
        if (finished) return;
        finished = true;
        controller.close();
      });
      request.once('error', (error) => {
        if (finished) return;
        finished = true;
        controller.error(error);
      });
    },
    pull() {
      request.resume();
    },
    cancel() {
      finished = true;
      request.removeAllListeners('data');
      request.on('data', () => undefined);
      request.resume();
      response.setHeader('connection', 'close');
    },
  });
}

/**
 * Rebuilds the web `Request` a node request stands for: URL from the `Host` header and an
 * origin-form target, headers, method and a streamed body. Never throws: whatever `URL`,
 * `Headers` or `Request` refuse (a malformed `Host`, an odd target, a header value `Headers`
 * rejects, a method such as TRACE) becomes a reason, so one request cannot crash the server.
 */
export function toWebRequest(
  request: IncomingMessage,
  response: ServerResponse,
  abort: AbortSignal,
): WebRequestResult {
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
