// The runtime-neutral core: createEmulator() and emulator.fetch answer exactly as the HTTP server
// does, with no socket; extension calls leave through the global fetch.
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createEmulator,
  ResultCodes,
  SeedError,
  startEmulator,
  type Emulator,
} from '../src/index.js';
import { operationPath } from './helpers/api-client.js';
import { startExtensionServer, type ExtensionServer } from './helpers/extension-server.js';
import { acme, leadExecBody } from './helpers/use-emulator.js';

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const getCaseBody = { userId: acme.ana, processId: acme.process, caseNumber: 1, include: 3 };

describe('createEmulator', () => {
  it('answers BlizWork calls through emulator.fetch, from any origin', async () => {
    const emulator = createEmulator();
    const started = await emulator.fetch(
      `${emulator.url}${operationPath('startCase', emulator.token)}`,
      post({ companyId: emulator.companyId, userId: emulator.userId, workflowId: acme.process }),
    );
    expect(started.status).toBe(200);
    expect(await started.json()).toEqual({ resultCode: 0, resultMessage: 'OK', caseNumber: 4 });
    // Only the path matters: a Request object to another origin reaches the same emulator.
    const read = await emulator.fetch(
      new Request(`http://elsewhere.test${operationPath('getCase', emulator.token)}`, {
        ...post({ ...getCaseBody, caseNumber: 4 }),
      }),
    );
    expect((await read.json()).payload.caseNumber).toBe(4);
    expect(emulator.readCase({ processId: acme.process, caseNumber: 4 })?.currentFormId).toBe(
      'lead',
    );
  });

  it('reports a base URL that never resolves, or the one given', () => {
    expect(createEmulator().clientOptions).toEqual({
      baseUrl: 'http://blizwork-emulator.invalid',
      token: acme.token,
      userId: acme.ana,
      companyId: acme.companyId,
    });
    expect(createEmulator({ baseUrl: 'https://api.example.test/' }).url).toBe(
      'https://api.example.test',
    );
  });

  it('refuses malformed options like startEmulator', () => {
    expect(() => createEmulator({ baseUrl: 'ftp://x' })).toThrow(TypeError);
    expect(() => createEmulator({ maxBodyBytes: -1 })).toThrow(/maxBodyBytes/);
    expect(() => createEmulator({ statusEnvelope: ['nope' as never] })).toThrow(/'nope'/);
    expect(() => createEmulator({ statusEnvelope: ['startCase'] })).toThrow(
      /statusEnvelope: the spec's 200 reply of 'startCase' allows only/,
    );
    expect(() => createEmulator({ seed: { companies: 'x' } as never })).toThrow(SeedError);
  });

  it('never shows its token in inspect or JSON', () => {
    const emulator = createEmulator();
    expect(inspect(emulator)).not.toContain(acme.token);
    expect(JSON.stringify(emulator)).not.toContain(acme.token);
    expect(inspect(emulator)).toContain("token: '***'");
  });

  it('rejects a call whose signal is aborted, as fetch does', async () => {
    const emulator = createEmulator();
    const url = `${emulator.url}${operationPath('getCase', emulator.token)}`;
    const controller = new AbortController();
    controller.abort(new Error('caller gave up'));
    await expect(
      emulator.fetch(url, { ...post(getCaseBody), signal: controller.signal }),
    ).rejects.toThrow('caller gave up');
  });

  it('refuses a body over maxBodyBytes with 413, read no further', async () => {
    const emulator = createEmulator({ maxBodyBytes: 64 });
    const url = `${emulator.url}${operationPath('getCase', emulator.token)}`;
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(1024).fill(32)),
    });
    const reply = await emulator.fetch(url, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(reply.status).toBe(413);
    expect(reply.headers.get('connection')).toBeNull();
  });

  describe('extension calls', () => {
    let server: ExtensionServer;
    beforeAll(async () => {
      server = await startExtensionServer(() => 202);
    });
    afterAll(() => server.close());

    it('go out through the global fetch and are recorded', async () => {
      const emulator = createEmulator();
      emulator.addExtension({ processId: acme.process, url: `${server.url}/hook` });
      const reply = await emulator.fetch(
        `${emulator.url}${operationPath('executeActivity', emulator.token)}`,
        post(leadExecBody()),
      );
      expect((await reply.json()).resultCode).toBe(0);
      const call = server.calls.at(-1);
      expect(call?.path).toBe('/hook');
      expect(call?.contentType).toBe('application/json');
      expect(call?.body).toMatchObject({ processId: acme.process, caseNumber: 1 });
      expect(emulator.extensionCalls.at(-1)).toMatchObject({
        url: `${server.url}/hook`,
        status: 202,
      });
    });

    it('record a refused connection with its system error code', async () => {
      // A port that was just free (fetch refuses port 9, the usual closed one, as unsafe).
      const closed = await startExtensionServer();
      await closed.close();
      const emulator = createEmulator();
      emulator.addExtension({ processId: acme.process, url: `${closed.url}/hook` });
      await emulator.fetch(
        `${emulator.url}${operationPath('executeActivity', emulator.token)}`,
        post(leadExecBody()),
      );
      expect(emulator.extensionCalls.at(-1)).toMatchObject({ status: 0, error: 'ECONNREFUSED' });
    });
  });
});

describe('emulator.fetch of a started emulator', () => {
  let emulator: Emulator;
  const origin = 'http://localhost:5173';
  beforeAll(async () => {
    emulator = await startEmulator({ log: () => undefined, cors: [origin] });
  });
  afterAll(() => emulator.close());
  afterEach(() => emulator.reset());

  /** The parts of a reply both transports must agree on (date and keep-alive headers aside). */
  const comparable = async (reply: Response) => ({
    status: reply.status,
    headers: Object.fromEntries(
      [...reply.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)),
    ),
    body: new Uint8Array(await reply.arrayBuffer()),
  });

  /** The same request over the socket and in-process. */
  const both = async (path: string, init: RequestInit = {}) => [
    await comparable(await fetch(emulator.url + path, init)),
    await comparable(await emulator.fetch(emulator.url + path, init)),
  ];

  const cases: [string, () => [string, RequestInit]][] = [
    [
      'a getCase with the process definition',
      () => [operationPath('getCase', acme.token), post(getCaseBody)],
    ],
    ['a bad token', () => [operationPath('getCase', 'nope'), post(getCaseBody)]],
    ['an invalid body', () => [operationPath('getCase', acme.token), post({ caseNumber: 'x' })]],
    [
      'not JSON',
      () => [
        operationPath('getCase', acme.token),
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
      ],
    ],
    ['an unknown path', () => ['/nowhere', {}]],
    ['another method', () => [operationPath('getCase', acme.token), { method: 'DELETE' }]],
    [
      'a declared body over the limit',
      () => [
        operationPath('getCase', acme.token),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: 'x'.repeat(17 * 1024 * 1024),
        },
      ],
    ],
    [
      'a CORS preflight',
      () => [
        operationPath('getCase', acme.token),
        {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        },
      ],
    ],
    [
      'a call from an allowed origin',
      () => [
        operationPath('getCase', acme.token),
        { ...post(getCaseBody), headers: { origin, 'content-type': 'application/json' } },
      ],
    ],
  ];

  it.each(cases)('answers %s with the same status, headers and bytes', async (_name, request) => {
    const [path, init] = request();
    const [overSocket, inProcess] = await both(path, init);
    expect(inProcess).toEqual(overSocket);
  });

  it("applies the server's browser guard over the socket only: in-process calls are the caller's own code", async () => {
    // A text/plain write from a foreign origin: what a page of another site could send to the port.
    const init = {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      body: JSON.stringify(getCaseBody),
    };
    const [overSocket, inProcess] = await both(operationPath('getCase', acme.token), init);
    expect(overSocket?.status).toBe(403);
    expect(JSON.parse(new TextDecoder().decode(overSocket?.body))).toMatchObject({
      resultCode: ResultCodes.requestRefused,
    });
    expect(inProcess?.status).toBe(200);
    expect(JSON.parse(new TextDecoder().decode(inProcess?.body))).toMatchObject({ resultCode: 0 });
  });

  it('serves a stored file the same way, HEAD without a body', async () => {
    const uploaded = await emulator.fetch(
      emulator.url + operationPath('uploadAttachment', acme.token),
      post({ userId: acme.ana, filename: 'quote.txt', file: btoa('Quote: 4200 USD') }),
    );
    const { fileUrl } = (await uploaded.json()).payload as { fileUrl: string };
    const path = new URL(fileUrl).pathname;
    const [overSocket, inProcess] = await both(path);
    expect(inProcess).toEqual(overSocket);
    expect(new TextDecoder().decode(inProcess?.body)).toBe('Quote: 4200 USD');
    const [headOverSocket, headInProcess] = await both(path, { method: 'HEAD' });
    expect(headInProcess).toEqual(headOverSocket);
    expect(headInProcess?.body.byteLength).toBe(0);
  });

  it('shares its state with the server: a case started in-process is read over the socket', async () => {
    await emulator.fetch(
      emulator.url + operationPath('startCase', acme.token),
      post({ companyId: acme.companyId, userId: acme.ana, workflowId: acme.process }),
    );
    const reply = await fetch(
      emulator.url + operationPath('getCase', acme.token),
      post({ ...getCaseBody, caseNumber: 4 }),
    );
    expect((await reply.json()).resultCode).toBe(0);
  });
});

describe('emulator.fetch of an emulator with the dashboard', () => {
  it('answers /_emulator/ paths 404 (no such operation) while the socket serves them', async () => {
    const emulator = await startEmulator({ log: () => undefined, dashboard: true });
    try {
      expect((await fetch(`${emulator.url}/_emulator/api/overview`)).status).toBe(200);
      for (const path of ['/_emulator/', '/_emulator/api/overview']) {
        const reply = await emulator.fetch(emulator.url + path);
        expect(reply.status).toBe(404);
        expect(await reply.json()).toMatchObject({ resultCode: ResultCodes.routeNotFound });
      }
    } finally {
      await emulator.close();
    }
  });
});
