// The node:http transport for the generated operations on Node when the user passes no `fetch`: node:http(s)
// with a keep-alive Agent. Per call it costs far less than Node's fetch (no Request/Response/
// Headers objects, no web streams, no AbortController): see bench/per-call.ts. It keeps every
// guarantee of the fetch path: redirects are never followed, the body is capped while it streams,
// failures resolve a WireResult for `settle()`. It times attempts itself (a DeadlineQueue entry
// that destroys the request) and listens to the caller's signal directly.
import type { IncomingMessage } from 'node:http';
import type { DeadlineQueue } from './deadline-queue.js';
import type { NodeConnections } from './node-connections.js';
import {
  fillPath,
  isRedirectStatus,
  mergeHeaders,
  requestBodyText,
  transportFrom,
  type OperationRequest,
  type Transport,
  type WireResponse,
  type WireResult,
} from './wire.js';

/** What a {@link createNodeTransport} transport needs. */
export interface NodeTransportConfig {
  /** The base URL (no trailing `/`). */
  baseUrl: string;
  /** Headers sent with every request (lower-case names). */
  headers: Record<string, string>;
  /** The largest reply body read, in bytes. */
  maxResponseBytes: number;
  /** The per-attempt deadlines; `undefined` when attempts have no time limit. */
  deadlines: DeadlineQueue | undefined;
  connections: NodeConnections;
}

/** A node:http reply seen through the members `settle()` reads of a fetch `Response`. */
class NodeReply implements WireResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly redirected = false;
  readonly headers: WireResponse['headers'];

  constructor(message: IncomingMessage) {
    this.status = message.statusCode ?? 0;
    this.ok = this.status >= 200 && this.status < 300;
    const received = message.headers;
    this.headers = {
      get: (name) => {
        const key = name.toLowerCase();
        const value = Object.hasOwn(received, key) ? received[key] : undefined;
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }
}

/** Decodes UTF-8 like `Response.text()` (a BOM dropped, bad bytes replaced). */
const utf8 = new TextDecoder();

/** The error a timed-out attempt's request is destroyed with (settle reports a timeout). */
const timeoutError = () => new Error('the attempt timed out');

/** Where requests go: the base URL, split once for `http.request`. */
interface Target {
  protocol: string;
  /** Without the brackets of an IPv6 address. */
  hostname: string;
  port: string;
  /** The base URL's path, without a trailing `/` (empty for none). */
  basePath: string;
}

function exchange(
  config: NodeTransportConfig,
  options: OperationRequest,
  method: string,
  target: Target,
  filledPath: string,
): Promise<WireResult> {
  const url = config.baseUrl + filledPath;
  const headers = mergeHeaders(config.headers, options.headers);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = requestBodyText(options);
    headers['content-type'] ??= 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body as string));
  }
  const { connections, maxResponseBytes } = config;
  const signal = options.signal ?? undefined;
  return new Promise<WireResult>((resolve) => {
    let timedOut = false;
    let reply: NodeReply | undefined;
    const request = connections.requestFor(target.protocol)(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        path: target.basePath + filledPath,
        method,
        headers,
        agent: connections.agentFor(target.protocol),
      },
      (message) => {
        reply = new NodeReply(message);
        // Redirects are never followed (see fetch-transport.ts); the socket is not reused.
        if (isRedirectStatus(reply.status)) {
          message.destroy();
          return finish({ url, response: reply, redirect: true });
        }
        readBody(message, reply);
      },
    );
    const deadline = config.deadlines?.add(() => {
      timedOut = true;
      request.destroy(timeoutError());
    });
    const onAbort = () => request.destroy(new Error('the caller aborted the attempt'));
    signal?.addEventListener('abort', onAbort);
    let settled = false;
    function finish(result: WireResult): void {
      if (settled) return;
      settled = true;
      deadline?.cancel();
      signal?.removeEventListener('abort', onAbort);
      if (timedOut) result.timedOut = true;
      resolve(result);
    }
    function readBody(message: IncomingMessage, response: NodeReply): void {
      const declared = Number(message.headers['content-length'] ?? Number.NaN);
      if (declared > maxResponseBytes) {
        // Refused before a byte of the body is read.
        message.destroy();
        return finish({
          url,
          response,
          oversize: { limitBytes: maxResponseBytes, declaredBytes: declared },
        });
      }
      const chunks: Buffer[] = [];
      let received = 0;
      message.on('data', (chunk: Buffer) => {
        received += chunk.byteLength;
        // Counted as the bytes arrive: a chunked body, or one whose content-length lies, is caught.
        if (received > maxResponseBytes) {
          message.destroy();
          finish({ url, response, oversize: { limitBytes: maxResponseBytes } });
        } else chunks.push(chunk);
      });
      message.on('end', () => {
        const text =
          chunks.length === 1 ? utf8.decode(chunks[0]) : utf8.decode(Buffer.concat(chunks));
        finish({ url, response, text, bytes: received });
      });
      message.on('error', (error) => finish({ url, response, error }));
      // A connection dropped mid-body: 'close' without 'end' (no 'error' on some Node versions).
      message.on('close', () => {
        if (!message.complete)
          finish({ url, response, error: new Error('the reply was cut short') });
      });
    }
    request.on('error', (error) => finish({ url, response: reply, error }));
    request.end(body);
  });
}

/**
 * Creates the node:http transport the SDK passes to generated operations. Like the fetch transport, it
 * never throws for a failed exchange, and throws `TypeError` synchronously for a missing path
 * parameter.
 */
export function createNodeTransport(config: NodeTransportConfig): Transport {
  const base = new URL(config.baseUrl);
  const target: Target = {
    protocol: base.protocol,
    hostname: base.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: base.port,
    basePath: base.pathname.replace(/\/+$/, ''),
  };
  return transportFrom((options, method) =>
    exchange(config, options, method, target, fillPath(options.url, options.path)),
  );
}
