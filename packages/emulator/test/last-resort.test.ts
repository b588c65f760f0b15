// Issue 18, item 1: the server's one request listener (API, files, dashboard page, admin API, event
// stream) runs inside a last-resort catch, so an exception in any handler is a logged 500, never the
// end of the process. Tested on a real HTTP server with handlers that fail in each way a handler can.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { withLastResort, type AsyncListener } from '../src/node/last-resort.js';

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** Serves `listener` inside the last-resort catch on 127.0.0.1:<free port>. */
async function serve(listener: AsyncListener, log: (line: string) => void): Promise<string> {
  server = createServer(withLastResort(listener, log, () => ({ error: 'unexpected error' })));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A GET's status and body, or the connection error's code. */
function get(url: string): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    request(url, { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? '' }));
    })
      .on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? '' }))
      .end();
  });
}

describe('the last-resort catch of every listener', () => {
  it.each([
    [
      'a synchronous throw',
      (): never => {
        throw new TypeError('boom');
      },
    ],
    ['a rejected promise', () => Promise.reject(new TypeError('boom'))],
    [
      'a throw after an await',
      async () => Promise.resolve().then(() => Buffer.from(undefined as never)),
    ],
  ])(
    'answers 500 with a JSON body and logs one line for %s, then keeps serving',
    async (_name, failing) => {
      const lines: string[] = [];
      let calls = 0;
      const url = await serve(
        (_request, response) => {
          calls += 1;
          if (calls === 1) return failing();
          response.end('ok');
          return undefined;
        },
        (line) => lines.push(line),
      );
      const failed = await get(url);
      expect(failed).toEqual({ status: 500, body: JSON.stringify({ error: 'unexpected error' }) });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^unexpected error answering a GET request: /);
      expect(await get(url)).toEqual({ status: 200, body: 'ok' });
    },
  );

  it('destroys the socket when the reply was already under way, and keeps serving', async () => {
    const lines: string[] = [];
    let calls = 0;
    const url = await serve(
      async (_request, response) => {
        calls += 1;
        if (calls > 1) return void response.end('ok');
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('retry: 1000\n\n');
        await Promise.resolve();
        throw new Error('failed mid-stream');
      },
      (line) => lines.push(line),
    );
    expect(await get(url)).toEqual({ error: 'ECONNRESET' });
    expect(lines).toEqual(['unexpected error answering a GET request: failed mid-stream']);
    expect(await get(url)).toEqual({ status: 200, body: 'ok' });
  });

  it('survives a log function that throws too', async () => {
    const url = await serve(
      () => {
        throw new Error('boom');
      },
      () => {
        throw new Error('the log is broken as well');
      },
    );
    expect(await get(url)).toHaveProperty('error');
    expect(server?.listening).toBe(true);
  });
});
