import { startEmulator, type Emulator } from '@blizwork/emulator';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BlizWork } from '../../src/index.node.js';
import { createExtensionHandler, type ExtensionHandlerOptions } from '../../src/extension/index.js';
import { genuineCall } from '../helpers/genuine-call.js';
import { postJson, serveHandlerAt, type HandlerServer } from '../helpers/handler-server.js';

let emulator: Emulator;
let bw: BlizWork;
let userCodeRuns = 0;
const servers: HandlerServer[] = [];
const logged: unknown[][] = [];
const logger = {
  warn: (...args: unknown[]) => logged.push(args),
  error: (...args: unknown[]) => logged.push(args),
};

/** Serves a handler whose publicUrl is, unless overridden, its own URL `${base}/hook`. */
async function hookUrl(
  options: Partial<ExtensionHandlerOptions> = {},
  client = bw,
): Promise<string> {
  const server = await serveHandlerAt((base) =>
    createExtensionHandler(
      client,
      () => {
        userCodeRuns += 1;
        return { ran: true };
      },
      { logger, publicUrl: `${base}/hook`, ...options },
    ),
  );
  servers.push(server);
  return `${server.url}/hook`;
}

async function genuineCallBody(): Promise<Record<string, unknown>> {
  return (await genuineCall(emulator, bw)).body;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  bw = new BlizWork({ ...emulator.clientOptions, maxRetries: 0 });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await emulator.close();
});
beforeEach(() => {
  userCodeRuns = 0;
  logged.length = 0;
});

const wellFormed = {
  environment: 'production',
  processId: 'sales-process',
  processVersion: 1,
  caseNumber: 1,
  handshakeToken: '642c8f141be17c78c05bcb4c',
  fields: {},
};

describe('createExtensionHandler refuses forged and malformed calls', () => {
  it.each([
    ['no handshake token', { ...wellFormed, handshakeToken: undefined }, 400],
    [
      'a draft call without a token',
      { ...wellFormed, environment: 'draft', handshakeToken: undefined },
      400,
    ],
    ['a path-shaped token', { ...wellFormed, handshakeToken: '../../init' }, 400],
    ['a token with a query', { ...wellFormed, handshakeToken: 'abcdefabcdefabcdef?x=' }, 400],
    ['a string case number', { ...wellFormed, caseNumber: '1' }, 400],
    ['an unknown environment', { ...wellFormed, environment: 'staging' }, 400],
    ['an array body', [wellFormed], 400],
    ['an unknown token', wellFormed, 401],
    ['a forged draft call with an unknown token', { ...wellFormed, environment: 'draft' }, 401],
  ])('answers %s with its status and never runs user code', async (_label, body, status) => {
    const reply = await postJson(await hookUrl(), body);
    expect(reply.status).toBe(status);
    expect(userCodeRuns).toBe(0);
  });

  // Each shape check on its own: a body valid but for one field gets a 400 naming that field
  // (a removed check would let it through to validatecall and a 401).
  it.each([
    ['handshakeToken', { handshakeToken: `../../x/${'a'.repeat(16)}` }],
    ['handshakeToken', { handshakeToken: `${'a'.repeat(16)}/../x` }],
    ['processId', { processId: '' }],
    ['processId', { processId: 7 }],
    ['processVersion', { processVersion: '1' }],
    ['processVersion', { processVersion: 1.5 }],
    ['caseNumber', { caseNumber: 0 }],
    ['caseNumber', { caseNumber: -3 }],
    ['fields', { fields: [] }],
    ['fields', { fields: null }],
    ['fields', { fields: 'customer' }],
  ])('answers 400 naming "%s" when only it is malformed (%j)', async (field, override) => {
    const reply = await postJson(await hookUrl(), { ...wellFormed, ...override });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ error: expect.stringContaining(`"${field}"`) });
    expect(userCodeRuns).toBe(0);
  });

  it('names the offending field in a 400', async () => {
    const reply = await postJson(await hookUrl(), { ...wellFormed, caseNumber: 'x' });
    expect(reply.body).toEqual({ error: expect.stringContaining('caseNumber') });
  });

  it('answers 401 to a genuine token issued for another endpoint', async () => {
    const body = await genuineCallBody();
    const reply = await postJson(await hookUrl(), body);
    expect(reply.status).toBe(401);
    expect(userCodeRuns).toBe(0);
  });

  it('accepts that same kind of genuine token at the endpoint it was issued for (publicUrl)', async () => {
    const body = await genuineCallBody();
    const issuedFor = emulator.extensionCalls.at(-1)!.url;
    const reply = await postJson(await hookUrl({ publicUrl: issuedFor }), body);
    expect(reply).toEqual({ status: 200, body: { ran: true } });
    expect(userCodeRuns).toBe(1);
  });

  it('answers 400 to invalid JSON, 405 to GET, 415 to text/plain', async () => {
    const url = await hookUrl();
    expect((await postJson(url, null, { raw: '{"environment":' })).status).toBe(400);
    expect((await postJson(url, null, { method: 'GET' })).status).toBe(405);
    expect((await postJson(url, wellFormed, { contentType: 'text/plain' })).status).toBe(415);
    expect(userCodeRuns).toBe(0);
  });

  it.each([
    ['text/application/json', 415],
    ['x-application/json', 415],
    ['application/jsonx', 415],
    ['application/vnd.blizwork+json; charset=utf-8', 401],
    ['  Application/JSON ', 401],
  ])('answers content-type %j with %i', async (contentType, status) => {
    const reply = await postJson(await hookUrl(), wellFormed, { contentType });
    expect(reply.status).toBe(status);
  });

  it('logs a warning naming the endpoint sent and the expired-token cause on code 1, never a token', async () => {
    const url = await hookUrl();
    expect((await postJson(url, wellFormed)).status).toBe(401);
    const warning = logged.map((entry) => entry.map(String).join(' ')).join('\n');
    expect(warning).toContain(`"${url}"`);
    expect(warning).toContain('publicUrl');
    expect(warning).toContain('expired');
    expect(warning).not.toContain(wellFormed.handshakeToken);
    expect(warning).not.toContain(emulator.token);
  });

  it('bounds validatecall by verifyTimeoutMs: a BlizWork that never answers gives 503', async () => {
    const silent = createServer(() => undefined); // accepts the request, never replies
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const client = new BlizWork({
      token: 'tok-for-silent-server',
      userId: 'ana@acme.test',
      baseUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      maxRetries: 0,
      timeoutMs: 600_000, // the client alone would wait far beyond the test's timeout
    });
    const reply = await postJson(await hookUrl({ verifyTimeoutMs: 50 }, client), wellFormed);
    silent.closeAllConnections();
    silent.close();
    expect(reply.status).toBe(503);
    expect(userCodeRuns).toBe(0);
  });

  it('answers 413 to an oversized body without running user code', async () => {
    const url = await hookUrl({ maxBodyBytes: 1024 });
    const big = { ...wellFormed, fields: { blob: 'x'.repeat(200_000) } };
    expect((await postJson(url, big)).status).toBe(413);
    expect(userCodeRuns).toBe(0);
  });

  it('answers 503, never a pass, when BlizWork cannot be reached', async () => {
    const offline = new BlizWork({
      token: emulator.token,
      userId: emulator.userId,
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
    });
    const reply = await postJson(await hookUrl({}, offline), wellFormed);
    expect(reply.status).toBe(503);
    expect(userCodeRuns).toBe(0);
    expect(JSON.stringify(reply.body)).not.toContain(emulator.token);
  });

  it.each([
    ['without a result code', '{"ok":true}'],
    // Issue 18 #7: `status` is read only when `resultCode` is absent; a null one is malformed.
    ['with resultCode null and status 0', '{"resultCode":null,"status":0}'],
    ['with a string resultCode', '{"resultCode":"0","resultMessage":"OK"}'],
    ['with a bare status 0 (no message, no payload)', '{"status":0}'],
  ])('answers 503, never a pass, when validatecall replies %s', async (_label, replyBody) => {
    const noCode = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(replyBody),
    );
    await new Promise<void>((resolve) => noCode.listen(0, '127.0.0.1', resolve));
    const client = new BlizWork({
      token: 'tok-for-no-code-server',
      userId: 'ana@acme.test',
      baseUrl: `http://127.0.0.1:${(noCode.address() as AddressInfo).port}`,
      maxRetries: 0,
    });
    const reply = await postJson(await hookUrl({}, client), wellFormed);
    noCode.close();
    expect(reply.status).toBe(503);
    expect(userCodeRuns).toBe(0);
  });

  it('skips verification only for draft calls when allowUnverifiedDraft is set', async () => {
    const url = await hookUrl({ allowUnverifiedDraft: true });
    expect((await postJson(url, { ...wellFormed, environment: 'draft' })).status).toBe(200);
    expect((await postJson(url, wellFormed)).status).toBe(401);
    expect(userCodeRuns).toBe(1);
  });
});

describe('createExtensionHandler user code results', () => {
  async function serve(fn: () => unknown): Promise<string> {
    const server = await serveHandlerAt((base) =>
      createExtensionHandler(bw, fn, {
        logger,
        allowUnverifiedDraft: true,
        publicUrl: `${base}/hook`,
      }),
    );
    servers.push(server);
    return `${server.url}/hook`;
  }
  const draft = { ...wellFormed, environment: 'draft' };

  it('gives a generic 500 when user code throws, and logs the details', async () => {
    const url = await serve(() => {
      throw new Error('database password is hunter2');
    });
    const reply = await postJson(url, draft);
    expect(reply).toEqual({ status: 500, body: { error: 'internal error' } });
    expect(String(logged.at(-1)?.[1])).toContain('hunter2');
  });

  it('passes a Response through untouched', async () => {
    const url = await serve(() => new Response('Ok', { status: 202 }));
    const reply = await postJson(url, draft);
    expect(reply).toEqual({ status: 202, body: 'Ok' });
  });

  it('answers {"ok":true} when user code returns nothing', async () => {
    const url = await serve(() => undefined);
    expect(await postJson(url, draft)).toEqual({ status: 200, body: { ok: true } });
  });
});
