// How a node request becomes the web Request a handler sees (toWebRequest, through toNodeListener,
// over real HTTP), in the parts no other test pins down (found by mutation testing): each reason
// for a 400, HEAD, repeated headers, the https scheme, reading the body only as fast as the
// handler does, what a cancelled body does with the rest, and a body the client cuts short.
import { request as httpsRequest, createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BlizWork } from '../../src/index.node.js';
import { createExtensionHandler } from '../../src/extension/index.js';
import { toNodeListener } from '../../src/extension/node.js';
import { deferred } from '../helpers/deferred.js';
import { serveHandlerAt, serveWatched, closedAfterEach } from '../helpers/handler-server.js';
import { sendRaw } from '@blizwork/test-support/raw-socket';
import { selfSignedCertificate } from '../helpers/tls-certificate.js';

const track = closedAfterEach();
/** Serves `handler` (and `watch`, see serveWatched) until the test ends. */
const serve = async (...args: Parameters<typeof serveWatched>) =>
  track(await serveWatched(...args));

/** Opens a raw connection and writes `text`; the caller ends it. */
function openRaw(port: number, text: string) {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  socket.write(text);
  return socket;
}

describe('a request that cannot be a web Request', () => {
  it.each([
    ['a malformed Host', 'POST /hook HTTP/1.1\r\nhost: a b', 'malformed Host header'],
    [
      'a target that is not a path',
      'POST //x/hook HTTP/1.1\r\nhost: h',
      'request target must be a path',
    ],
    ['a method fetch refuses (TRACE)', 'TRACE /hook HTTP/1.1\r\nhost: h', 'malformed request'],
    ['a port out of range', 'POST /hook HTTP/1.1\r\nhost: 127.0.0.1:99999', 'malformed request'],
    [
      'two Host headers (checked first, before the target)',
      'POST //x/hook HTTP/1.1\r\nhost: h\r\nx-between: 1\r\nhost: evil.example',
      'more than one Host header',
    ],
  ])('gets 400 with its reason: %s', async (_label, head, reason) => {
    const server = await serve(() => Promise.resolve(new Response('served')));
    const reply = await sendRaw(server.port, `${head}\r\nconnection: close\r\n\r\n`);
    expect(reply.status).toBe(400);
    expect(reply.text).toContain(JSON.stringify({ error: reason }));
  });
});

describe('the web Request', () => {
  it('has no body for HEAD, so the extension handler answers 405 (not 400)', async () => {
    const client = new BlizWork({ token: 'unit-test-token', userId: 'ana@acme.test' });
    const server = await serveHandlerAt((base) =>
      createExtensionHandler(client, () => ({ ran: true }), { publicUrl: `${base}/hook` }),
    );
    track(server);
    const response = await fetch(`${server.url}/hook`, { method: 'HEAD' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('carries every header, a repeated one (Set-Cookie) value by value', async () => {
    const server = await serve((request) =>
      Promise.resolve(
        Response.json({
          cookies: request.headers.getSetCookie(),
          trace: request.headers.get('x-trace'),
        }),
      ),
    );
    const reply = await sendRaw(
      server.port,
      'GET /hook HTTP/1.1\r\nhost: h\r\nset-cookie: a=1\r\nset-cookie: b=2\r\n' +
        'x-trace: t-1\r\nconnection: close\r\n\r\n',
    );
    expect(reply.status).toBe(200);
    expect(reply.text).toContain(JSON.stringify({ cookies: ['a=1', 'b=2'], trace: 't-1' }));
  });

  it('has an https URL when the request came over TLS', async () => {
    const { key, cert } = selfSignedCertificate();
    const server = createHttpsServer(
      { key, cert },
      toNodeListener((request) => Promise.resolve(new Response(request.url))),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const request = httpsRequest(
          { host: '127.0.0.1', port, path: '/hook?x=1', ca: cert, agent: false },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => resolve(text));
          },
        );
        request.on('error', reject);
        request.end();
      });
      expect(url).toBe(`https://127.0.0.1:${port}/hook?x=1`);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the web body reads the request only as fast as the handler reads it', () => {
  const body = new Uint8Array(1024 * 1024).fill(120); // 1 MiB of 'x': many socket reads

  it('pauses the socket after a chunk the handler has not asked for', async () => {
    const firstChunk = deferred<boolean>();
    const server = await serve(
      async (request) => {
        const pausedAfterIt = await firstChunk.promise;
        const length = (await request.arrayBuffer()).byteLength;
        return Response.json({ pausedAfterIt, length });
      },
      {},
      // Runs after the body stream's own 'data' listener, which decides whether to pause.
      (request) => request.once('data', () => firstChunk.resolve(request.isPaused())),
    );
    const response = await fetch(`${server.url}/hook`, { method: 'POST', body });
    expect(await response.json()).toEqual({ pausedAfterIt: true, length: body.length });
  });

  it('keeps reading, unpaused, while the handler waits for the next chunk', async () => {
    let flowingChunks = 0;
    const server = await serve(
      async (request) =>
        Response.json({ length: (await request.arrayBuffer()).byteLength, flowingChunks }),
      {},
      (request) =>
        request.on('data', () => {
          if (!request.isPaused()) flowingChunks += 1;
        }),
    );
    const response = await fetch(`${server.url}/hook`, { method: 'POST', body });
    const reply = (await response.json()) as { length: number; flowingChunks: number };
    expect(reply.length).toBe(body.length);
    // A chunk handed straight to a waiting read leaves room in the stream: no pause for it.
    expect(reply.flowingChunks).toBeGreaterThan(0);
  });
});

describe('a cancelled web body', () => {
  it('discards the rest of the request, throws nothing, and closes the connection', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    const requestEnded = deferred();
    try {
      const server = await serve(
        async (request) => {
          await request.body?.cancel(); // what the handler does to a body over its limit
          return new Response('refused', { status: 413 });
        },
        {},
        (request) => request.once('end', () => requestEnded.resolve()),
      );
      const body = 'x'.repeat(64 * 1024);
      // A keep-alive request: only the cancel's `connection: close` ends the connection.
      const reply = await sendRaw(
        server.port,
        `POST /hook HTTP/1.1\r\nhost: h\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
      );
      expect(reply.status).toBe(413);
      expect(reply.text.toLowerCase()).toContain('\r\nconnection: close\r\n');
      await requestEnded.promise;
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
  });
});

describe('a client that leaves', () => {
  it('in the middle of the body makes the handler’s read fail (it does not wait forever)', async () => {
    const outcome = deferred<string>();
    const entered = deferred();
    const server = await serve(async (request) => {
      entered.resolve();
      try {
        await request.text();
        outcome.resolve('read');
      } catch {
        outcome.resolve('read failed');
      }
      return new Response('too late');
    });
    const socket = openRaw(
      server.port,
      `POST /hook HTTP/1.1\r\nhost: h\r\ncontent-length: 1000\r\n\r\n${'x'.repeat(100)}`,
    );
    await entered.promise;
    socket.destroy();
    expect(await outcome.promise).toBe('read failed');
  });
});
