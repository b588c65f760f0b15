import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BlizWork } from '../../src/index.node.js';
import { createExtensionHandler } from '../../src/extension/index.js';
import { toNodeListener } from '../../src/extension/node.js';
import {
  postJson,
  serveHandlerAt,
  serveListener,
  type HandlerServer,
} from '../helpers/handler-server.js';
import { rawPostHead, sendRaw } from '@blizwork/test-support/raw-socket';

// No BlizWork is needed: every request here is refused before verification, or is a draft call
// with allowUnverifiedDraft (so the handler answers without leaving the process).
const client = new BlizWork({ token: 'unit-test-token', userId: 'ana@acme.test' });
const draftCall = JSON.stringify({
  environment: 'draft',
  processId: 'sales-process',
  processVersion: 1,
  caseNumber: 1,
  handshakeToken: '642c8f141be17c78c05bcb4c',
});
const logged: string[] = [];
const logger = {
  warn: (message: string) => logged.push(message),
  error: (message: string) => logged.push(message),
};
const handlerAt = (base: string) =>
  createExtensionHandler(client, () => ({ ran: true }), {
    publicUrl: `${base}/hook`,
    allowUnverifiedDraft: true,
    logger,
  });

beforeEach(() => {
  logged.length = 0;
});

describe('toNodeListener survives requests that cannot be web Requests', () => {
  let server: HandlerServer;
  beforeAll(async () => {
    server = await serveHandlerAt(handlerAt, { logger });
  });
  afterAll(() => server.close());

  const stillServes = async () =>
    expect(await postJson(`${server.url}/hook`, null, { raw: draftCall })).toEqual({
      status: 200,
      body: { ran: true },
    });

  it.each([
    ['Host: a b', '/hook', ['host: a b']],
    ['an empty Host', '/hook', ['host:']],
    ['Host: [::1', '/hook', ['host: [::1']],
    ['Host with a path', '/hook', ['host: evil.example/x?']],
    ['Host with userinfo', '/hook', ['host: user@evil.example']],
    ['a target http://[x/hook', 'http://[x/hook', ['host: 127.0.0.1']],
    ['an absolute-form target', 'http://evil.example/hook', ['host: 127.0.0.1']],
    ['a //host target', '//evil.example/hook', ['host: 127.0.0.1']],
    ['an asterisk target', '*', ['host: 127.0.0.1']],
    // Node keeps the first Host in request.headers; a proxy may have routed on the second.
    ['two Host headers', '/hook', ['host: 127.0.0.1', 'host: evil.example']],
    ['two equal Host headers, in other cases', '/hook', ['Host: 127.0.0.1', 'HOST: 127.0.0.1']],
  ])('answers 400 to %s and keeps serving', async (_label, target, headers) => {
    const reply = await sendRaw(
      server.port,
      rawPostHead(target, [...headers, `content-length: ${draftCall.length}`]),
      [draftCall],
    );
    expect(reply.status).toBe(400);
    await stillServes();
  });

  it('answers 400 to a method fetch refuses (TRACE) and keeps serving', async () => {
    const reply = await sendRaw(
      server.port,
      'TRACE /hook HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n',
    );
    expect(reply.status).toBe(400);
    await stillServes();
  });

  it('serves an HTTP/1.0 request without Host', async () => {
    const reply = await sendRaw(
      server.port,
      `POST /hook HTTP/1.0\r\ncontent-type: application/json\r\ncontent-length: ${draftCall.length}\r\n\r\n`,
      [draftCall],
    );
    expect(reply.status).toBe(200);
  });

  it('answers 500 (not a crash) when the handler itself rejects, and reports it', async () => {
    const errors: unknown[] = [];
    const failing = await serveListener(() =>
      toNodeListener(() => Promise.reject(new Error('handler bug')), {
        onError: (error) => errors.push(error),
      }),
    );
    const reply = await postJson(`${failing.url}/hook`, null, { raw: draftCall });
    await failing.close();
    expect(reply).toEqual({ status: 500, body: { error: 'internal error' } });
    expect(String(errors[0])).toContain('handler bug');
  });
});

describe('toNodeListener behind a body parser', () => {
  /** Reads the whole stream, as express.json() does. */
  const readAll = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => resolve(text));
    });

  it.each([
    [
      'a parser that read the body and set req.body (express.json)',
      async (request: IncomingMessage & { body?: unknown }) => {
        request.body = JSON.parse(await readAll(request));
      },
    ],
    ['a middleware that read the stream to its end', readAll],
    [
      'a parser that set req.body without reading (body-parser on another type)',
      (request: IncomingMessage & { body?: unknown }) => {
        request.body = {};
        return Promise.resolve();
      },
    ],
  ])('answers 500 with a log line to mount it first, after %s', async (_label, parse) => {
    const server = await serveListener((base) => {
      const listener = toNodeListener(handlerAt(base), { logger });
      return (request, response) => {
        void parse(request).then(() => listener(request, response));
      };
    });
    const reply = await postJson(`${server.url}/hook`, null, { raw: draftCall });
    await server.close();
    expect(reply).toEqual({ status: 500, body: { error: 'internal error' } });
    expect(logged.join('\n')).toMatch(/Mount the handler before any body parser/);
  });
});

describe('createExtensionHandler given a web Request whose body was already read', () => {
  it('answers 500 with the same log line (a framework body parser ran first)', async () => {
    const request = new Request('http://127.0.0.1/hook', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: draftCall,
    });
    await request.text(); // what a body-parsing middleware does
    const reply = await handlerAt('http://127.0.0.1')(request);
    expect(reply.status).toBe(500);
    expect(await reply.json()).toEqual({ error: 'internal error' });
    expect(logged.join('\n')).toMatch(/Mount the handler before any body parser/);
  });
});
