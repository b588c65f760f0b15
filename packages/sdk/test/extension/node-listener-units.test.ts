// What toNodeListener does around a web handler that users rely on and no other test pins down
// (found by mutation testing): the headers of its own error replies, Set-Cookie and empty replies
// passed through as the handler made them, a reply body that fails halfway, the request's signal
// when the client leaves (and only then), and the paths where a logger or onError is missing.
import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { toNodeListener } from '../../src/extension/node.js';
import { deferred } from '../helpers/deferred.js';
import { serveListener, serveWatched, closedAfterEach } from '../helpers/handler-server.js';
import { sendRaw } from '@blizwork/test-support/raw-socket';

const track = closedAfterEach();
/** Serves `handler` (and `watch`, see serveWatched) until the test ends. */
const serve = async (...args: Parameters<typeof serveWatched>) =>
  track(await serveWatched(...args));

/** The head of a raw reply, lower-cased, and its body (as sent: possibly in chunked framing). */
function split(text: string): { head: string; body: string } {
  const at = text.indexOf('\r\n\r\n');
  return { head: text.slice(0, at).toLowerCase(), body: text.slice(at + 4) };
}

describe("toNodeListener's own error replies", () => {
  it('are JSON naming the reason, and close the connection', async () => {
    const server = await serve(() => Promise.resolve(new Response('never')));
    // A keep-alive request: only the listener's own `connection: close` ends the connection.
    const reply = await sendRaw(server.port, 'GET /hook HTTP/1.1\r\nhost: a b\r\n\r\n');
    const { head, body } = split(reply.text);
    expect(reply.status).toBe(400);
    expect(head).toContain('\r\ncontent-type: application/json');
    expect(head).toContain('\r\nconnection: close');
    expect(body).toContain(JSON.stringify({ error: 'malformed Host header' }));
  });

  it('discard the body of a request refused after its body stream was made (TRACE)', async () => {
    // The method is refused by `new Request`, after the body stream started listening: the
    // listener must stop that stream from taking the body, and let node read it to its end.
    const outcome = deferred<string>();
    const server = await serve(
      () => Promise.resolve(new Response('never')),
      {},
      (request) => {
        request.once('end', () => outcome.resolve('read to its end'));
        request.once('close', () => outcome.resolve('closed unread'));
      },
    );
    const body = 'x'.repeat(100);
    const reply = await sendRaw(
      server.port,
      `TRACE /hook HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
    );
    expect(reply.status).toBe(400);
    expect(await outcome.promise).toBe('read to its end');
  });
});

describe('toNodeListener writes the handler’s reply as it was made', () => {
  it('sends each Set-Cookie on its own, and every other header', async () => {
    const cookies = ['session=abc; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly', 'theme=dark'];
    const server = await serve(() =>
      Promise.resolve(
        new Response('ok', {
          headers: [
            ['set-cookie', cookies[0]!],
            ['set-cookie', cookies[1]!],
            ['x-request-id', 'r-1'],
          ],
        }),
      ),
    );
    const response = await fetch(`${server.url}/hook`);
    expect(response.headers.getSetCookie()).toEqual(cookies);
    expect(response.headers.get('x-request-id')).toBe('r-1');
    expect(await response.text()).toBe('ok');
  });

  it('answers a reply without a body (204) and reports no error', async () => {
    const errors: unknown[] = [];
    const server = await serve(() => Promise.resolve(new Response(null, { status: 204 })), {
      onError: (error) => errors.push(error),
    });
    const response = await fetch(`${server.url}/hook`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(errors).toEqual([]);
  });

  it('cuts the connection when the reply body fails after its headers went out, and reports it', async () => {
    const errors: unknown[] = [];
    const headersReceived = deferred();
    let failing = true;
    const breakingBody = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"partial":'));
        },
        async pull(controller) {
          // Fail only once the client has the headers: the reply has truly begun.
          await headersReceived.promise;
          controller.error(new Error('reply stream broke'));
        },
      });
    const server = await serve(
      () => Promise.resolve(new Response(failing ? breakingBody() : 'fine')),
      { onError: (error) => errors.push(error) },
    );
    const response = await fetch(`${server.url}/hook`);
    headersReceived.resolve();
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    expect(String(errors[0])).toContain('reply stream broke');
    // The server itself keeps serving.
    failing = false;
    expect(await (await fetch(`${server.url}/hook`)).text()).toBe('fine');
  });
});

describe("the web request's signal", () => {
  it('aborts when the client leaves before the reply', async () => {
    const entered = deferred();
    const aborted = deferred<boolean>();
    const server = await serve(
      (request) =>
        new Promise((resolve) => {
          request.signal.addEventListener('abort', () => {
            aborted.resolve(true);
            resolve(new Response('too late'));
          });
          entered.resolve();
        }),
    );
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write('GET /hook HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n');
    await entered.promise;
    socket.destroy();
    expect(await aborted.promise).toBe(true);
  });

  it('stays unaborted after a reply that was sent whole', async () => {
    let seen: Request | undefined;
    const closed = deferred();
    const server = await serve(
      (request) => {
        seen = request;
        return Promise.resolve(new Response('done'));
      },
      {},
      // Registered after the listener's own 'close' handler, so it runs after it.
      (_request, response) => response.on('close', () => closed.resolve()),
    );
    expect(await (await fetch(`${server.url}/hook`)).text()).toBe('done');
    await closed.promise;
    expect(seen?.signal.aborted).toBe(false);
  });
});

describe('toNodeListener without the optional parts', () => {
  it('answers 500 to a consumed body with a logger that has no error level', async () => {
    const server = await serveListener(() => {
      const listener = toNodeListener(() => Promise.resolve(new Response('never')), {
        logger: {},
      });
      return (request, response) => {
        (request as IncomingMessage & { body?: unknown }).body = {}; // as a body parser does
        listener(request, response);
      };
    });
    track(server);
    const response = await fetch(`${server.url}/hook`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal error' });
  });

  it('answers 500 when the handler rejects and no onError was given', async () => {
    const server = await serve(() => Promise.reject(new Error('handler bug')));
    const response = await fetch(`${server.url}/hook`);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal error' });
  });
});
