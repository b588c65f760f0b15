// The node:http transport itself: chosen on Node when no `fetch` is given, keep-alive connections
// shared with derived clients, `close()`, and no open handle left behind after the last call.
// (Every transport-level behaviour is also tested over both transports: see describeEachTransport.)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withOutput } from '../../../test-support/process-output.mjs';
import { BlizWorkConnectionError } from '../src/index.node.js';
import { TRANSPORTS, clientFor, rejectionOf } from './helpers/clients.js';

/** A keep-alive server answering code 0 (after `delayMs`), recording headers and connections. */
interface ConnectionServer {
  url: string;
  headers: IncomingHttpHeaders[];
  sockets: Socket[];
  delayMs: number;
  close(): Promise<void>;
}

async function startConnectionServer(): Promise<ConnectionServer> {
  const state: Omit<ConnectionServer, 'url' | 'close'> = { headers: [], sockets: [], delayMs: 0 };
  const server: Server = createServer((request, response) => {
    state.headers.push(request.headers);
    request.resume();
    request.on('end', () => {
      setTimeout(() => response.end(JSON.stringify({ resultCode: 0 })), state.delayMs);
    });
  });
  // Longer than any test: only the client closes connections here.
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket: Socket) => state.sockets.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  });
}

let server: ConnectionServer;
beforeEach(async () => {
  server = await startConnectionServer();
});
afterEach(() => server.close());

describe('the transport on Node', () => {
  it('is node:http when no fetch is given, and the given fetch otherwise', async () => {
    await clientFor(server.url).request('/x', {});
    await clientFor(server.url, { fetch: globalThis.fetch }).request('/x', {});
    // Node's fetch (undici) sends the fetch metadata headers; node:http sends none.
    expect(server.headers[0]?.['sec-fetch-mode']).toBeUndefined();
    expect(server.headers[1]?.['sec-fetch-mode']).toBe('cors');
    expect(server.headers[0]?.['user-agent']).toMatch(/^blizwork-sdk-ts\//);
  });

  it('keeps one connection alive for a client and the clients derived from it', async () => {
    const bw = clientFor(server.url);
    await bw.request('/x', {});
    await bw.withOptions({ environment: 'draft' }).request('/x', {});
    await bw.request('/x', {});
    expect(server.sockets).toHaveLength(1);
    bw.close();
  });

  it('close() ends the connections of the client family; a later call opens a new one', async () => {
    const bw = clientFor(server.url);
    const derived = bw.withOptions({ environment: 'draft' });
    await derived.request('/x', {});
    const [socket] = server.sockets;
    const closed = once(socket!, 'close');
    bw.close();
    await closed;
    await derived.request('/x', {});
    expect(server.sockets).toHaveLength(2);
    derived.close();
  });

  it('close() fails a call in flight with BlizWorkConnectionError', async () => {
    server.delayMs = 10_000;
    const bw = clientFor(server.url);
    const pending = rejectionOf(bw.request('/x', {}));
    while (server.headers.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    bw.close();
    expect(await pending).toBeInstanceOf(BlizWorkConnectionError);
  });
});

const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** A script making one call with the built SDK, then listing what keeps the process alive. */
const oneCallScript = `
import { BlizWork } from '@blizwork/sdk';
const [baseUrl, useFetch] = process.argv.slice(1);
const bw = new BlizWork({ token: 't', userId: 'u', baseUrl, ...(useFetch === 'fetch' ? { fetch } : {}) });
await bw.request('/x', {});
// The stdio pipes to the test are the test's, not the SDK's.
const stdio = new Set(['PipeWrap', 'TTYWrap']);
setImmediate(() =>
  console.log(JSON.stringify(process.getActiveResourcesInfo().filter((name) => !stdio.has(name)))),
);
`;

describe.each(TRANSPORTS)('a process making one call over $transport', ({ transport }) => {
  it('exits by itself: no connection or timer keeps it alive', async () => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', oneCallScript, server.url, transport],
      { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Only a safety net for a broken build: the assertions below do not depend on time.
    const guard = setTimeout(() => child.kill(), 50_000);
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
    clearTimeout(guard);
    const message = withOutput('the one-call script', 'its stdout and stderr', output + stderr);
    expect({ code, signal }, message).toEqual({ code: 0, signal: null });
    // Nothing ref'd is left once the call settled (the server keeps its side open for 60 s).
    expect(output.trim(), message).toMatch(/^\[.*\]$/);
    expect(JSON.parse(output.trim()), message).toEqual([]);
  }, 60_000);
});
