// A real HTTP server on 127.0.0.1 in front of another server (the emulator): it forwards every
// request, except that it can be told to break the next request to a path prefix, in one of three
// ways: forward it and drop the connection instead of replying ('forward-then-drop'), forward it
// and never reply ('forward-then-hang'), or drop it without forwarding ('drop').
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How to break one request. */
export type Breakage = 'forward-then-drop' | 'forward-then-hang' | 'drop';

/** The running server. */
export interface ForwardingServer {
  url: string;
  /** Paths of every request received, in order (they hold the token: never print them). */
  readonly paths: string[];
  /** Breaks the next request whose path starts with `prefix`; `meanwhile` runs before it breaks. */
  breakNext(prefix: string, breakage: Breakage, meanwhile?: () => Promise<unknown>): void;
  close(): Promise<void>;
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts a forwarding server in front of `target` on a free port of 127.0.0.1. */
export async function startForwardingServer(target: string): Promise<ForwardingServer> {
  const paths: string[] = [];
  const planned: { prefix: string; breakage: Breakage; meanwhile?: () => Promise<unknown> }[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const path = request.url ?? '/';
      paths.push(path);
      const body = await readAll(request);
      const index = planned.findIndex(({ prefix }) => path.startsWith(prefix));
      const plan = index === -1 ? undefined : planned.splice(index, 1)[0];
      const breakage = plan?.breakage;
      await plan?.meanwhile?.();
      if (breakage === 'drop') return void request.socket.destroy();
      const forwarded = await fetch(target + path, {
        method: request.method,
        headers: { 'content-type': request.headers['content-type'] ?? 'application/json' },
        body: request.method === 'POST' ? new Uint8Array(body) : undefined,
      });
      const text = await forwarded.text(); // the write has now run on the target
      if (breakage === 'forward-then-drop') return void request.socket.destroy();
      if (breakage === 'forward-then-hang') return;
      response.writeHead(forwarded.status, {
        'content-type': forwarded.headers.get('content-type') ?? 'application/json',
      });
      response.end(text);
    })().catch(() => request.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    breakNext: (prefix, breakage, meanwhile) => void planned.push({ prefix, breakage, meanwhile }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
