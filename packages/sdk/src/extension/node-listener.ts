import type { IncomingMessage, ServerResponse } from 'node:http';

/** A `node:http` request listener (also an Express/Connect handler). */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** Called when the web handler itself rejects (it should not); the reply is then a bare 500. */
  onError?: (error: unknown) => void;
}

/**
 * Streams the incoming body on demand (pausing the socket between reads), so a body limit can stop
 * reading without buffering. On cancel the rest is drained and discarded, never kept, and the
 * connection is closed after the reply.
 */
function bodyStream(
  request: IncomingMessage,
  response: ServerResponse,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      request.pause();
      request.on('data', (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      });
      request.once('end', () => controller.close());
      request.once('error', (error) => controller.error(error));
    },
    pull() {
      request.resume();
    },
    cancel() {
      request.removeAllListeners('data');
      request.on('data', () => undefined);
      request.resume();
      response.setHeader('connection', 'close');
    },
  });
}

/** Rebuilds the web `Request` a node request stands for (URL from the Host header). */
function toWebRequest(
  request: IncomingMessage,
  response: ServerResponse,
  abort: AbortSignal,
): Request {
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  const host = request.headers.host ?? 'localhost';
  const url = new URL(request.url ?? '/', `${encrypted ? 'https' : 'http'}://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers,
    body: hasBody ? bodyStream(request, response) : null,
    signal: abort,
    // Required by fetch's Request for a streamed body.
    duplex: 'half',
  } as RequestInit);
}

/** Writes a web `Response` to a node response, streaming its body. */
async function writeResponse(response: Response, target: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie?.();
  if (cookies && cookies.length > 0) headers['set-cookie'] = cookies;
  target.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      target.write(chunk);
  }
  target.end();
}

/**
 * Adapts a web-standard handler (`(request: Request) => Promise<Response>`) to `node:http` and
 * Express. Mount it before any body parser: it reads the raw body itself.
 *
 * @example
 * http.createServer(toNodeListener(createExtensionHandler(bw, onCall))).listen(8080);
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): NodeRequestListener {
  return (request, response) => {
    const controller = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) controller.abort();
    });
    handler(toWebRequest(request, response, controller.signal))
      .then((reply) => writeResponse(reply, response))
      .catch((error: unknown) => {
        options.onError?.(error);
        if (response.writableEnded) return;
        if (response.headersSent) response.destroy();
        else
          response
            .writeHead(500, { 'content-type': 'application/json' })
            .end('{"error":"internal error"}');
      });
  };
}
