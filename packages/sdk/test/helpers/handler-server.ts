import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { toNodeListener, type NodeListenerOptions } from '../../src/extension/node.js';
import { type ExtensionHandler } from '../../src/extension/index.js';

/** A node:http server on 127.0.0.1 serving one web handler through `toNodeListener`. */
export interface HandlerServer {
  /** Base URL, e.g. http://127.0.0.1:1234 (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves `listener` (given the server's base URL, known once it listens) on 127.0.0.1. */
export async function serveListener(
  build: (baseUrl: string) => (request: IncomingMessage, response: ServerResponse) => void,
): Promise<HandlerServer> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  server.on('request', build(url));
  return {
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Serves a web handler through `toNodeListener`; `watch` (if given) runs right after the listener
 * with the same node request and response, so a test can see what the listener did to them.
 */
export async function serveWatched(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
  watch?: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<HandlerServer> {
  return serveListener(() => {
    const listener = toNodeListener(handler, options);
    return (request, response) => {
      listener(request, response);
      watch?.(request, response);
    };
  });
}

/** Registers an `afterEach` that closes every server given to the returned function (which returns it). */
export function closedAfterEach(): (server: HandlerServer) => HandlerServer {
  const servers: HandlerServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return (server) => {
    servers.push(server);
    return server;
  };
}

/** Serves a web handler through `toNodeListener`. */
export async function serveHandler(
  handler: ExtensionHandler,
  options: NodeListenerOptions = {},
): Promise<HandlerServer> {
  return serveListener(() => toNodeListener(handler, options));
}

/**
 * Serves the handler `build` makes from the server's base URL, so it can be given the
 * `publicUrl` the server really has (`${baseUrl}/hook`).
 */
export async function serveHandlerAt(
  build: (baseUrl: string) => ExtensionHandler,
  options: NodeListenerOptions = {},
): Promise<HandlerServer> {
  return serveListener((url) => toNodeListener(build(url), options));
}

/** POSTs a JSON body (or raw text) to a URL and returns status and parsed reply. */
export async function postJson(
  url: string,
  body: unknown,
  init: { raw?: string | Uint8Array<ArrayBuffer>; contentType?: string; method?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { 'content-type': init.contentType ?? 'application/json' },
    body: init.method === 'GET' ? undefined : (init.raw ?? JSON.stringify(body)),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body: parsed };
}
