import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BlizWork } from '../../src/index.node.js';
import {
  createExtensionHandler,
  type ExtensionCall,
  type ExtensionHandlerOptions,
} from '../../src/extension/index.js';
import { postJson, serveHandlerAt, type HandlerServer } from '../helpers/handler-server.js';
import { rawPostHead, sendRaw } from '@blizwork/test-support/raw-socket';

// Draft calls with allowUnverifiedDraft: these tests are about reading the body, so the handler
// answers without asking any BlizWork (each test that expects user code to run says so).
const client = new BlizWork({ token: 'unit-test-token', userId: 'ana@acme.test' });
const draftCall = (fields: Record<string, unknown> = {}) => ({
  environment: 'draft',
  processId: 'sales-process',
  processVersion: 1,
  caseNumber: 1,
  handshakeToken: '642c8f141be17c78c05bcb4c',
  fields,
});
const servers: HandlerServer[] = [];
let received: ExtensionCall[] = [];

async function serve(options: Partial<ExtensionHandlerOptions> = {}): Promise<HandlerServer> {
  const server = await serveHandlerAt((base) =>
    createExtensionHandler(
      client,
      (call) => {
        received.push(call);
        return { ran: true };
      },
      { publicUrl: `${base}/hook`, allowUnverifiedDraft: true, logger: {}, ...options },
    ),
  );
  servers.push(server);
  return server;
}

/** A body streamed in the given chunks, so fetch sends it chunked, without content-length. */
function chunkedBody(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function postStream(url: string, chunks: string[]): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: chunkedBody(chunks),
    duplex: 'half',
  } as RequestInit);
  await response.arrayBuffer();
  return response.status;
}

beforeEach(() => {
  received = [];
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('createExtensionHandler body size', () => {
  it('answers 413 to a body whose content-length is over the limit', async () => {
    const server = await serve({ maxBodyBytes: 1024 });
    const big = draftCall({ blob: 'x'.repeat(200_000) });
    expect((await postJson(`${server.url}/hook`, big)).status).toBe(413);
    expect(received).toHaveLength(0);
  });

  it('answers 413 to an over-limit body that arrived whole with its headers, and keeps serving', async () => {
    // The body is already parsed when the handler refuses it, so its end is still to be emitted
    // after the stream was cancelled: that late end must not throw out of the server.
    const server = await serve({ maxBodyBytes: 16 });
    const json = JSON.stringify(draftCall());
    const head = rawPostHead('/hook', [
      `host: 127.0.0.1:${server.port}`,
      `content-length: ${json.length}`,
    ]);
    const reply = await sendRaw(server.port, head + json);
    expect(reply.status).toBe(413);
    expect((await postJson(`${server.url}/hook`, null, { method: 'GET' })).status).toBe(405);
  });

  it('answers 413 to a chunked body (no content-length) by counting the streamed bytes', async () => {
    const server = await serve({ maxBodyBytes: 1024 });
    const json = JSON.stringify(draftCall({ blob: 'x'.repeat(3000) }));
    const chunks = [json.slice(0, 600), json.slice(600, 1200), json.slice(1200)];
    expect(await postStream(`${server.url}/hook`, chunks)).toBe(413);
    expect(received).toHaveLength(0);
  });

  it('answers 413 when content-length understates the body', async () => {
    // A framework (Hono, Bun, Workers) may hand over a Request whose header lies about its body.
    const handler = createExtensionHandler(client, () => ({ ran: true }), {
      publicUrl: 'http://127.0.0.1/hook',
      allowUnverifiedDraft: true,
      maxBodyBytes: 1024,
    });
    const json = JSON.stringify(draftCall({ blob: 'x'.repeat(3000) }));
    const lying = new Request('http://127.0.0.1/hook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '100' },
      body: chunkedBody([json.slice(0, 1000), json.slice(1000)]),
      duplex: 'half',
    } as RequestInit);
    expect((await handler(lying)).status).toBe(413);
  });

  it('accepts a chunked body of exactly the limit', async () => {
    const json = JSON.stringify(draftCall({ note: 'fits' }));
    const server = await serve({ maxBodyBytes: json.length });
    expect(await postStream(`${server.url}/hook`, [json.slice(0, 10), json.slice(10)])).toBe(200);
    expect(received).toHaveLength(1);
  });

  it('delivers a 400 KB body that arrives in many chunks intact, multi-byte characters included', async () => {
    const server = await serve();
    // 'ñ' and '€' are 2 and 3 bytes: chunk boundaries fall inside characters.
    const text = 'Señora Núñez paga 100 € — '.repeat(16_000);
    const json = JSON.stringify(draftCall({ notes: text }));
    const chunks: string[] = [];
    for (let at = 0; at < json.length; at += 7_001) chunks.push(json.slice(at, at + 7_001));
    expect(chunks.length).toBeGreaterThan(50);
    expect(await postStream(`${server.url}/hook`, chunks)).toBe(200);
    expect(received[0]?.field('notes')).toBe(text);
  });

  it('delivers a 400 KB body with content-length intact (node reads it in several chunks)', async () => {
    const server = await serve();
    const text = 'ÁéÍóÚ ü ñ € '.repeat(30_000);
    const reply = await postJson(`${server.url}/hook`, draftCall({ notes: text }));
    expect(reply).toEqual({ status: 200, body: { ran: true } });
    expect(received[0]?.field('notes')).toBe(text);
  });

  it('answers 400 to a body that is not valid UTF-8', async () => {
    const server = await serve();
    const json = Buffer.from(JSON.stringify(draftCall({ name: 'Nuñez' })), 'latin1');
    const reply = await postJson(`${server.url}/hook`, null, { raw: json });
    expect(reply).toEqual({ status: 400, body: { error: 'request body is not valid UTF-8' } });
    expect(received).toHaveLength(0);
  });
});

describe('createExtensionHandler body deadline', () => {
  it('answers 408 to a body that stops arriving, and closes the connection', async () => {
    const server = await serve({ bodyTimeoutMs: 100 });
    const json = JSON.stringify(draftCall());
    const reply = await sendRaw(
      server.port,
      rawPostHead('/hook', [`host: 127.0.0.1:${server.port}`, `content-length: ${json.length}`]),
      [json.slice(0, 20)], // the rest never comes; sendRaw resolves when the server closes
    );
    expect(reply.status).toBe(408);
    expect(reply.text).toContain('request body not received within 100 ms');
    expect(received).toHaveLength(0);
  });
});

describe('createExtensionHandler limit options', () => {
  const build = (options: Partial<ExtensionHandlerOptions>) => () =>
    createExtensionHandler(client, () => undefined, {
      publicUrl: 'https://hooks.example.com/x',
      ...options,
    });

  it.each([
    ['maxBodyBytes', 0],
    ['maxBodyBytes', -1],
    ['maxBodyBytes', 1.5],
    ['bodyTimeoutMs', 0],
    ['bodyTimeoutMs', Number.NaN],
    ['maxConcurrentVerifications', 0],
    ['maxConcurrentVerifications', '16'],
  ])('refuses %s = %s with a TypeError naming it', (name, value) => {
    expect(build({ [name]: value })).toThrow(TypeError);
    expect(build({ [name]: value })).toThrow(`${name} must be a positive integer`);
  });

  it('accepts 1 for each limit', () => {
    expect(
      build({ maxBodyBytes: 1, bodyTimeoutMs: 1, maxConcurrentVerifications: 1 })(),
    ).toBeTypeOf('function');
  });

  it('refuses an extension function that is not a function', () => {
    expect(() =>
      createExtensionHandler(client, 'onCall' as never, { publicUrl: 'https://h.example/x' }),
    ).toThrow('the extension function must be a function');
  });
});
