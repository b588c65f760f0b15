import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener, type ExtensionHandler } from '../../src/index.js';

/** A node:http server on 127.0.0.1 serving one web handler through `toNodeListener`. */
export interface HandlerServer {
  /** Base URL, e.g. http://127.0.0.1:1234 (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

export async function serveHandler(handler: ExtensionHandler): Promise<HandlerServer> {
  const server: Server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** POSTs a JSON body (or raw text) to a URL and returns status and parsed reply. */
export async function postJson(
  url: string,
  body: unknown,
  init: { raw?: string; contentType?: string; method?: string } = {},
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
