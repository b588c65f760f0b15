import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSeed, startEmulator, type Emulator } from '../src/index.js';
import { adminHttp } from './helpers/admin-http.js';
import { startExtensionServer, type ExtensionServer } from './helpers/extension-server.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator({ dashboard: true });
const startBody = { companyId: acme.companyId, processId: acme.process };
/** An admin `exec` of case #1 from lead to qualification. */
const execLead = (formData: Record<string, unknown>) => ({
  method: 'POST',
  path: '/_emulator/api/exec',
  json: { ...startBody, caseNumber: 1, formId: 'lead', nextFormId: 'qualification', formData },
});
const sameOrigin = (): Record<string, string> => ({ origin: fixture.emulator.url });
const caseCount = (): number =>
  [1, 2, 3, 4, 5].filter(
    (caseNumber) =>
      fixture.emulator.readCase({ processId: acme.process, caseNumber }) !== undefined,
  ).length;

const readEndpoints = [
  '/_emulator/api/overview',
  '/_emulator/api/processes',
  `/_emulator/api/cases?companyId=${acme.companyId}&processId=${acme.process}`,
  `/_emulator/api/case?companyId=${acme.companyId}&processId=${acme.process}&caseNumber=2`,
  '/_emulator/api/tables',
  `/_emulator/api/table?companyId=${acme.companyId}&table=Clientes`,
  '/_emulator/api/notifications',
  '/_emulator/api/extension-calls',
  '/_emulator/api/snapshot',
];

describe('admin API on a loopback bind', () => {
  it('shows tokens only as *** plus their last 4 characters, in every read', async () => {
    const overview = await adminHttp(fixture.emulator.url, { path: '/_emulator/api/overview' });
    expect(overview.status).toBe(200);
    expect(overview.body).toMatchObject({
      companies: [{ companyId: acme.companyId, tokens: ['***cdef'], users: [acme.ana, acme.bob] }],
    });
    for (const path of readEndpoints) {
      const reply = await adminHttp(fixture.emulator.url, { path });
      expect(reply.status, path).toBeLessThan(500);
      expect(reply.text, path).not.toContain(acme.token);
    }
  });

  it('sends no CORS header and grants no preflight', async () => {
    const preflight = await adminHttp(fixture.emulator.url, {
      method: 'OPTIONS',
      path: '/_emulator/api/cases',
      headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const read = await adminHttp(fixture.emulator.url, {
      path: '/_emulator/api/overview',
      headers: { origin: 'http://evil.test' },
    });
    for (const reply of [preflight, read]) {
      expect(
        Object.keys(reply.headers).filter((name) => name.startsWith('access-control-')),
      ).toEqual([]);
    }
  });

  it.each([
    ['a foreign Origin', { origin: 'http://evil.test' }, 403],
    ['a cross-site Sec-Fetch-Site', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a form-encoded body (no preflight)', { 'content-type': 'text/plain' }, 415],
  ])(
    'refuses a state-changing request with %s and changes nothing',
    async (_name, headers, status) => {
      const before = caseCount();
      const reply = await adminHttp(fixture.emulator.url, {
        method: 'POST',
        path: '/_emulator/api/cases',
        json: startBody,
        headers,
      });
      expect(reply.status).toBe(status);
      expect(caseCount()).toBe(before);
    },
  );

  it('accepts a same-origin request and runs the operation through its handler', async () => {
    const reply = await adminHttp(fixture.emulator.url, {
      method: 'POST',
      path: '/_emulator/api/cases',
      json: startBody,
      headers: { ...sameOrigin(), 'sec-fetch-site': 'same-origin' },
    });
    expect(reply.body).toEqual({ resultCode: 0, resultMessage: 'OK', caseNumber: 4 });
    expect(
      fixture.emulator.readCase({ processId: acme.process, caseNumber: 4 })?.currentFormId,
    ).toBe('lead');
  });

  it('answers 400 to a body that is not a JSON object, and reads any object as input', async () => {
    const array = await adminHttp(fixture.emulator.url, {
      method: 'POST',
      path: '/_emulator/api/cases',
      json: [startBody],
    });
    expect(array).toMatchObject({ status: 400, body: { error: 'the body must be a JSON object' } });
    // Members named like the server's own reply shape are plain input, never echoed back.
    const lookalike = await adminHttp(fixture.emulator.url, {
      method: 'POST',
      path: '/_emulator/api/cases',
      json: { ...startBody, status: 299, body: { forged: true } },
    });
    expect(lookalike).toMatchObject({ status: 200, body: { resultCode: 0, caseNumber: 4 } });
  });

  it('lists the notifications outbox newest first', async () => {
    for (const template of ['first', 'second']) {
      await fixture.api.call('sendNotification', { template, params: { to: 'x@y.test' } });
    }
    const outbox = await adminHttp(fixture.emulator.url, { path: '/_emulator/api/notifications' });
    expect((outbox.body as { template: string }[]).map((item) => item.template)).toEqual([
      'second',
      'first',
    ]);
  });

  it('refuses a non-loopback Host header (DNS rebinding)', async () => {
    const reply = await adminHttp(fixture.emulator.url, {
      path: '/_emulator/api/overview',
      headers: { host: 'attacker.example:80' },
    });
    expect(reply.status).toBe(403);
  });

  it('reports what the operation refused, with its result code', async () => {
    const reply = await adminHttp(fixture.emulator.url, {
      method: 'POST',
      path: '/_emulator/api/exec',
      json: { ...startBody, caseNumber: 3, formId: 'won', nextFormId: 'lost', formData: {} },
    });
    expect(reply.body).toMatchObject({ resultCode: 320 });
  });

  it('records which fields each exec changed, for the timeline', async () => {
    await adminHttp(fixture.emulator.url, execLead({ amount: 7, customer_name: 'Initech' }));
    const detail = await adminHttp(fixture.emulator.url, {
      path: `/_emulator/api/case?companyId=${acme.companyId}&processId=${acme.process}&caseNumber=1`,
    });
    expect((detail.body as { timeline: unknown[] }).timeline).toEqual([
      expect.objectContaining({ nextActivity: { formId: 'lead' }, changedFields: null }),
      expect.objectContaining({
        currentActivity: { formId: 'lead' },
        nextActivity: { formId: 'qualification' },
        updatedBy: acme.ana,
        changedFields: ['amount', 'customer_name'],
      }),
    ]);
  });

  it('pages and filters the cases, newest first', async () => {
    for (let started = 0; started < 5; started += 1) {
      await adminHttp(fixture.emulator.url, {
        method: 'POST',
        path: '/_emulator/api/cases',
        json: startBody,
      });
    }
    const page = await adminHttp(fixture.emulator.url, {
      path: `/_emulator/api/cases?companyId=${acme.companyId}&processId=${acme.process}&offset=2&limit=3&status=open`,
    });
    const body = page.body as { total: number; items: { caseNumber: number }[] };
    expect(body.total).toBe(7); // #1, #2 and the five new ones; #3 is closed
    expect(body.items.map((item) => item.caseNumber)).toEqual([6, 5, 4]);
    const search = await adminHttp(fixture.emulator.url, {
      path: `/_emulator/api/cases?companyId=${acme.companyId}&processId=${acme.process}&q=globex`,
    });
    expect(
      (search.body as { items: { caseNumber: number }[] }).items.map((item) => item.caseNumber),
    ).toEqual([2]);
  });

  it('announces a case started through the BlizWork API on the event stream', async () => {
    const controller = new AbortController();
    const response = await fetch(`${fixture.emulator.url}/_emulator/api/events`, {
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    await fixture.api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: acme.process,
    });
    let received = '';
    while (!received.includes('event: change')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(received).toContain(
      `"kind":"case","companyId":"${acme.companyId}","processId":"${acme.process}","caseNumber":4`,
    );
  });

  it('logs the extension reply and resends a call with a fresh handshake token', async () => {
    let extension: ExtensionServer | undefined;
    try {
      extension = await startExtensionServer(() => 202);
      fixture.emulator.addExtension({ processId: acme.process, url: `${extension.url}/hook` });
      await adminHttp(fixture.emulator.url, execLead({}));
      const resent = await adminHttp(fixture.emulator.url, {
        method: 'POST',
        path: '/_emulator/api/extension-calls/resend',
        json: { index: 0 },
      });
      expect(resent.body).toMatchObject({ index: 1, status: 202, responseBody: 'Ok' });
      expect(extension.calls).toHaveLength(2);
      const [first, second] = extension.calls.map(
        (call) => call.body as { handshakeToken: string },
      );
      expect(second?.handshakeToken).not.toBe(first?.handshakeToken);
      const log = await adminHttp(fixture.emulator.url, { path: '/_emulator/api/extension-calls' });
      expect((log.body as { index: number }[]).map((call) => call.index)).toEqual([1, 0]);
    } finally {
      await extension?.close();
    }
  });
});

describe('dashboard option', () => {
  let emulator: Emulator | undefined;
  afterEach(() => emulator?.close());

  it('is off by default for startEmulator: /_emulator/ is not served', async () => {
    emulator = await startEmulator();
    expect(emulator.dashboardUrl).toBeUndefined();
    expect((await adminHttp(emulator.url, { path: '/_emulator/api/overview' })).status).toBe(404);
  });

  it('requires the admin token when bound beyond loopback (here 0.0.0.0, reached through 127.0.0.1)', async () => {
    emulator = await startEmulator({ host: '0.0.0.0', dashboard: true });
    const adminToken = emulator.adminToken ?? '';
    expect(adminToken).toMatch(/^[\w-]{32}$/);
    expect(inspect(emulator)).not.toContain(adminToken);
    expect(JSON.stringify(emulator)).not.toContain(adminToken);
    const path = '/_emulator/api/overview';
    expect((await adminHttp(emulator.url, { path })).status).toBe(401);
    expect((await adminHttp(emulator.url, { path: '/_emulator/' })).status).toBe(401);
    expect(
      (await adminHttp(emulator.url, { path, headers: { 'x-emulator-admin-token': 'wrong' } }))
        .status,
    ).toBe(401);
    expect(
      (await adminHttp(emulator.url, { path, headers: { 'x-emulator-admin-token': adminToken } }))
        .status,
    ).toBe(200);
    const login = await adminHttp(emulator.url, { path: `/_emulator/?admin_token=${adminToken}` });
    expect(login.status).toBe(303);
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    expect(String(login.headers['set-cookie'])).toContain('HttpOnly; SameSite=Strict');
    expect((await adminHttp(emulator.url, { path, headers: { cookie } })).status).toBe(200);
    const started = await adminHttp(emulator.url, {
      method: 'POST',
      path: '/_emulator/api/cases',
      json: startBody,
    });
    expect(started.status).toBe(401);
  });

  it('needs no admin token on loopback', async () => {
    emulator = await startEmulator({ dashboard: true });
    expect(emulator.adminToken).toBeUndefined();
    expect(emulator.dashboardUrl).toBe(`${emulator.url}/_emulator/`);
  });

  it('answers one page at a time with 10,000 cases', async () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({
      companyId: acme.companyId,
      processId: acme.process,
      caseNumber: 100 + index,
    }));
    emulator = await startEmulator({
      dashboard: true,
      seed: { ...defaultSeed, cases: [...(defaultSeed.cases ?? []), ...many] },
    });
    const page = await adminHttp(emulator.url, {
      path: `/_emulator/api/cases?companyId=${acme.companyId}&processId=${acme.process}&offset=50`,
    });
    const body = page.body as { total: number; items: { caseNumber: number }[] };
    expect(body.total).toBe(10_003);
    expect(body.items).toHaveLength(50);
    expect(body.items[0]?.caseNumber).toBe(10_049);
    expect(page.text.length).toBeLessThan(20_000);
  });
});
