import type { IncomingMessage, ServerResponse } from 'node:http';
import { BODY_ALREADY_READ_MESSAGE, type ExtensionLogger } from './extension-logger.js';
import { toWebRequest } from './web-request.js';

/** A `node:http` request listener (also an Express/Connect handler). */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** Called when the web handler itself rejects (it should not); the reply is then a bare 500. */
  onError?: (error: unknown) => void;
  /** Receives misconfiguration reports (a body parser mounted first). @default console */
  logger?: ExtensionLogger;
}

/** A request whose body a parser (e.g. `express.json()`) may already have read. */
type MaybeParsedRequest = IncomingMessage & { body?: unknown };

/**
 * True when something read the body before us: the stream has ended, or a parser set `body`.
 * Waiting on such a stream would never end, so the request is answered 500 instead.
 */
const bodyAlreadyConsumed = (request: MaybeParsedRequest): boolean =>
  request.readableEnded || request.body !== undefined;

/** Answers a JSON error (unless something was already sent) and closes the connection after it. */
function writeError(response: ServerResponse, status: number, error: string): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response
    .writeHead(status, { 'content-type': 'application/json', connection: 'close' })
    .end(JSON.stringify({ error }));
}

/** Writes a web `Response` to a node response, streaming its body. */
async function writeResponse(response: Response, target: ServerResponse): Promise<void> {
  // A flat [name, value, ...] list: `Headers` iterates each Set-Cookie on its own (never joined
  // with a comma, which would break cookies whose dates hold one), and node sends each pair.
  const headers: string[] = [];
  response.headers.forEach((value, name) => headers.push(name, value));
  target.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      target.write(chunk);
  }
  target.end();
}

/**
 * Adapts a web-standard handler (`(request: Request) => Promise<Response>`) to `node:http` and
 * Express. Mount it before any body parser: it reads the raw body itself, and answers 500 (with a
 * log line saying so) to a request whose body was already consumed. A request that cannot be a
 * web `Request` (a malformed or repeated `Host`, a target other than a path, a method fetch
 * refuses) gets 400; nothing a client sends can throw out of the listener and stop the server.
 *
 * @example
 * http.createServer(toNodeListener(createExtensionHandler(bw, onCall, { publicUrl }))).listen(8080);
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): NodeRequestListener {
  const logger = options.logger ?? console;
  return (request, response) => {
    if (bodyAlreadyConsumed(request)) {
      logger.error?.(BODY_ALREADY_READ_MESSAGE);
      writeError(response, 500, 'internal error');
      return;
    }
    const controller = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) controller.abort();
    });
    const web = toWebRequest(request, response, controller.signal);
    if (!web.ok) {
      // Discard any body (unbuffered: the stream made for it will never be read); the
      // connection closes after the reply.
      request.removeAllListeners('data');
      request.resume();
      writeError(response, 400, web.reason);
      return;
    }
    Promise.resolve()
      .then(() => handler(web.request))
      .then((reply) => writeResponse(reply, response))
      .catch((error: unknown) => {
        // Only the handler or the body stream can reject, both before `end()`: a reply was never
        // completed here, so answer 500 or, once headers are out, cut the connection.
        options.onError?.(error);
        writeError(response, 500, 'internal error');
      });
  };
}
