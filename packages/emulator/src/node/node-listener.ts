import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  isAdminPath,
  JSON_CONTENT_TYPE,
  JSON_HEADERS,
  pathOf,
  type PlainReply,
  type PlainRequest,
} from '../http/plain-http.js';
import { handleRequest, type PipelineDependencies } from '../http/request-pipeline.js';
import { readBody } from './read-body.js';

/** Serves `/_emulator/...` (dashboard and admin API). */
export type AdminHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** The core's view of a Node request: no copies, headers read on demand. */
function plainRequest(request: IncomingMessage): PlainRequest {
  return {
    method: request.method ?? 'GET',
    url: request.url ?? '/',
    header: (name) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    readBody: (maxBytes) => readBody(request, maxBytes),
  };
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
 * The Node server adapter: `/_emulator/` paths go to `serveAdmin` when the dashboard is on, every
 * other request to the runtime-neutral core, whose reply is written as it is. A client that went
 * away gets its socket destroyed.
 */
export function createRequestListener(
  deps: PipelineDependencies,
  serveAdmin?: AdminHandler,
): RequestListener {
  return (request, response) => {
    if (serveAdmin !== undefined && isAdminPath(pathOf(request.url ?? '/'))) {
      serveAdmin(request, response);
      return;
    }
    const reply = handleRequest(plainRequest(request), deps);
    if (!(reply instanceof Promise)) {
      writeReply(response, reply);
      return;
    }
    reply.then(
      (settled) => (settled === undefined ? response.destroy() : writeReply(response, settled)),
      () => response.destroy(),
    );
  };
}
