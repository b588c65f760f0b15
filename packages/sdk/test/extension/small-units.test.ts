// Behaviours of the handler's small parts that users rely on and no other test pins down: the
// headers of the handler's own replies, a release that counts once, what inspect shows of a call,
// and that the handler never fails because its logger lacks a level.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from '../../src/extension/concurrency-limit.js';
import { ExtensionCall } from '../../src/extension/extension-call.js';
import { jsonResponse, rejectionResponse } from '../../src/extension/responses.js';
import { BlizWork } from '../../src/index.node.js';
import { createExtensionHandler } from '../../src/extension/index.js';

const TOKEN = 'tok-SECRET-small-units';
const client = new BlizWork({
  token: TOKEN,
  userId: 'ana@acme.test',
  // Nothing listens on port 9 of loopback: every validatecall fails to connect.
  baseUrl: 'http://127.0.0.1:9',
  maxRetries: 0,
});
const callBody = {
  environment: 'draft' as const,
  processId: 'sales-process',
  processVersion: 2,
  caseNumber: 7,
  handshakeToken: '642c8f141be17c78c05bcb4c',
  fields: { amount: 5 },
};
const post = (body: unknown) =>
  new Request('https://hooks.example.com/blizwork', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe("the handler's own replies", () => {
  it('are JSON that no cache keeps, also with extra headers', async () => {
    for (const reply of [
      jsonResponse(200, { ok: true }),
      rejectionResponse({ status: 405, error: 'method not allowed', headers: { allow: 'POST' } }),
    ]) {
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(reply.headers.get('cache-control')).toBe('no-store');
    }
    expect(await rejectionResponse({ status: 400, error: 'bad' }).json()).toEqual({
      error: 'bad',
    });
  });
});

describe('concurrencyLimit', () => {
  it('frees one slot per release, however often release is called', () => {
    const limit = concurrencyLimit(2);
    const first = limit.tryAcquire();
    const second = limit.tryAcquire();
    expect(first).toBeTypeOf('function');
    expect(second).toBeTypeOf('function');
    expect(limit.tryAcquire()).toBeUndefined();
    first?.();
    first?.();
    // Released twice, it freed one slot: one more fits, then the limit is full again.
    expect(limit.tryAcquire()).toBeTypeOf('function');
    expect(limit.tryAcquire()).toBeUndefined();
  });
});

describe('ExtensionCall', () => {
  it('shows its data, never the client, in util.inspect()', () => {
    const call = new ExtensionCall(client, callBody);
    const shown = inspect(call, { depth: 5 });
    expect(shown).toContain('sales-process');
    expect(shown).toContain('draft');
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain('127.0.0.1');
  });
});

describe('a logger without warn or error', () => {
  it('still gets a 503 when verification fails, not an exception', async () => {
    const handler = createExtensionHandler(client, () => ({ ran: true }), {
      publicUrl: 'https://hooks.example.com/blizwork',
      logger: {},
    });
    const reply = await handler(post(callBody));
    expect(reply.status).toBe(503);
    expect(await reply.json()).toEqual({ error: 'the call could not be verified; retry later' });
  });

  it('logs why a call could not be verified through warn when it has one', async () => {
    const warnings: string[] = [];
    const handler = createExtensionHandler(client, () => ({ ran: true }), {
      publicUrl: 'https://hooks.example.com/blizwork',
      logger: { warn: (message: string) => warnings.push(message) },
    });
    expect((await handler(post(callBody))).status).toBe(503);
    expect(warnings).toEqual(['BlizWork extension call could not be verified; answering 503']);
  });
});

describe('the checks before the body is read', () => {
  const errors: unknown[][] = [];
  const build = (logger: object = { error: (...args: unknown[]) => errors.push(args) }) =>
    createExtensionHandler(
      client,
      () => {
        throw new Error('user code failed');
      },
      { publicUrl: 'https://hooks.example.com/blizwork', allowUnverifiedDraft: true, logger },
    );

  it('answers 405 with allow: POST and its reason to another method', async () => {
    const reply = await build()(new Request('https://hooks.example.com/blizwork'));
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('POST');
    expect(await reply.json()).toEqual({ error: 'method not allowed' });
  });

  it('answers 415 with its reason to a body without a content type', async () => {
    const reply = await build()(
      new Request('https://hooks.example.com/blizwork', {
        method: 'POST',
        body: new TextEncoder().encode(JSON.stringify(callBody)),
      }),
    );
    expect(reply.status).toBe(415);
    expect(await reply.json()).toEqual({ error: 'content-type must be application/json' });
  });

  it('answers 500 to a body already read, with or without a logger level', async () => {
    for (const handler of [build(), build({})]) {
      const request = post(callBody);
      await request.text();
      const reply = await handler(request);
      expect(reply.status).toBe(500);
    }
  });

  it('answers 500 when user code throws, logging it through error when there is one', async () => {
    errors.length = 0;
    // A draft call skips verification here (allowUnverifiedDraft), so user code runs.
    expect((await build()(post(callBody))).status).toBe(500);
    expect(errors[0]?.[0]).toBe('BlizWork extension function failed');
    expect((await build({})(post(callBody))).status).toBe(500);
  });
});

describe('a declared content-length', () => {
  const handler = createExtensionHandler(client, () => ({ ran: true }), {
    publicUrl: 'https://hooks.example.com/blizwork',
    allowUnverifiedDraft: true,
    maxBodyBytes: 200,
  });
  const withLength = (text: string, length: number) =>
    new Request('https://hooks.example.com/blizwork', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(length) },
      body: text,
    });
  const text = JSON.stringify(callBody);

  it('over the limit is refused with 413 before the body is read, naming the limit', async () => {
    const reply = await handler(withLength(text, 201));
    expect(reply.status).toBe(413);
    expect(await reply.json()).toEqual({ error: 'request body exceeds 200 bytes' });
  });

  it('at exactly the limit is read', async () => {
    const padded = text.padEnd(200, ' ');
    const reply = await handler(withLength(padded, 200));
    expect(reply.status).toBe(200);
  });
});
