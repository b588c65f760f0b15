import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { corsAllows, type CorsOrigins } from '../http/cors.js';
import {
  isAdminPath,
  JSON_CONTENT_TYPE,
  JSON_HEADERS,
  jsonReply,
  pathOf,
  type PlainReply,
  type PlainRequest,
} from '../http/plain-http.js';
import { handleRequest, type PipelineDependencies } from '../http/pipeline.js';
import { envelope } from '../reply-envelope.js';
import { ResultCodes } from '../result-codes.js';
import { contentTypeRefusal, crossSiteRefusal, hostRefusal } from './browser-guard.js';
import { withLastResort } from './last-resort.js';
import { readBody } from './read-body.js';

/** Serves `/_emulator/...` (dashboard and admin API); a promise settles when it is done. */
export type AdminHandler = (
  request: IncomingMessage,
  response: ServerResponse,
) => Promise<void> | undefined;

/** What the Node adapter adds to the core: the dashboard, the browser guard, the body deadline. */
export interface NodeListenerOptions {
  /** The dashboard's handler, when it is on. */
  readonly serveAdmin?: AdminHandler;
  /** True when the server listens on a loopback address: other host names are refused. */
  readonly loopbackBound: boolean;
  /** How long a client may take to send a request body (then 408, connection closed). */
  readonly bodyTimeoutMs: number;
}

/** The core's view of a Node request: no copies, headers read on demand. */
function plainRequest(request: IncomingMessage, bodyTimeoutMs: number): PlainRequest {
  return {
    method: request.method ?? 'GET',
    url: request.url ?? '/',
    header: (name) => {
      const value = Object.hasOwn(request.headers, name) ? request.headers[name] : undefined;
      return Array.isArray(value) ? value.join(', ') : value;
    },
    readBody: (maxBytes) => readBody(request, maxBytes, bodyTimeoutMs),
  };
}

/** The result code of each refusal of the browser guard, by HTTP status. */
const refusalCodes = new Map<number, number>([
  [400, ResultCodes.malformedHttpRequest],
  [403, ResultCodes.requestRefused],
  [415, ResultCodes.unsupportedMediaType],
]);

/**
 * The browser guard of the BlizWork API (see `browser-guard.ts`): two Host headers, and on a loopback
 * bind a foreign one; for writes, a cross-site origin the `cors` option does not allow and a body
 * that is not JSON. Reads (GET, HEAD) and CORS preflights (OPTIONS) pass the last two: a page
 * cannot read their replies without CORS, and the preflight is what the `cors` option answers.
 */
function apiRefusal(
  request: IncomingMessage,
  loopbackBound: boolean,
  cors: CorsOrigins | undefined,
): PlainReply | undefined {
  const { method } = request;
  const refusal =
    hostRefusal(request, loopbackBound) ??
    (method === 'GET' || method === 'HEAD' || method === 'OPTIONS'
      ? undefined
      : (crossSiteRefusal(request, (origin) => corsAllows(cors, origin)) ??
        contentTypeRefusal(request)));
  if (refusal === undefined) return undefined;
  const code = refusalCodes.get(refusal.status) ?? ResultCodes.requestRefused;
  // The body, if any, is not read: the socket goes with it.
  return jsonReply(refusal.status, envelope(code, refusal.message), { connection: 'close' });
}

/**
 * The head of each cached (frozen) reply with its content-length: such a reply is written many
 * times and its head is built once.
 */
const heads = new WeakMap<PlainReply, Record<string, string>>();

const headOf = (reply: PlainReply): Record<string, string> => {
  const { body } = reply;
  const length = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
  // The common case (a JSON reply, no extra header) as a literal: no copy of a headers object.
  return reply.headers === JSON_HEADERS
    ? { 'content-type': JSON_CONTENT_TYPE, 'content-length': length }
    : { ...reply.headers, 'content-length': length };
};

/** Writes a core reply with its content-length. */
function writeReply(response: ServerResponse, reply: PlainReply): void {
  const { body } = reply;
  let head = Object.isFrozen(reply) ? heads.get(reply) : headOf(reply);
  if (head === undefined) {
    head = headOf(reply);
    heads.set(reply, head);
  }
  // A string body is ended as a string: node:http then sends head and body as one chunk.
  response.writeHead(reply.status, head);
  response.end(body);
}

/**
 * The Node server adapter: `/_emulator/` paths go to `serveAdmin` when the dashboard is on; every
 * other request passes the browser guard, then the runtime-neutral core, whose reply is written as
 * it is. A client that went away gets its socket destroyed. Everything runs inside the last-resort
 * catch: no request can end the process.
 */
export function createRequestListener(
  deps: PipelineDependencies,
  options: NodeListenerOptions,
): RequestListener {
  const { serveAdmin, loopbackBound, bodyTimeoutMs } = options;
  const listener = (
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> | undefined => {
    if (serveAdmin !== undefined && isAdminPath(pathOf(request.url ?? '/'))) {
      return serveAdmin(request, response);
    }
    const refusal = apiRefusal(request, loopbackBound, deps.cors);
    if (refusal !== undefined) {
      writeReply(response, refusal);
      return undefined;
    }
    const reply = handleRequest(plainRequest(request, bodyTimeoutMs), deps);
    if (!(reply instanceof Promise)) {
      writeReply(response, reply);
      return undefined;
    }
    return reply.then((settled) =>
      settled === undefined ? void response.destroy() : writeReply(response, settled),
    );
  };
  return withLastResort(listener, deps.log, (request) =>
    serveAdmin !== undefined && isAdminPath(pathOf(request.url ?? '/'))
      ? { error: 'unexpected error' }
      : envelope(ResultCodes.unexpectedError, 'unexpected error'),
  );
}
