import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type ExtensionCallRecord } from '../src/index.js';
import { ApiClient } from './helpers/api-client.js';
import {
  startExtensionServer,
  type ExtensionHandler,
  type ExtensionServer,
} from './helpers/extension-server.js';
import { schemaValidator } from './helpers/spec-contract.js';
import { acme, useEmulator, leadExecBody } from './helpers/use-emulator.js';

const fixture = useEmulator();
const servers: ExtensionServer[] = [];
const removers: (() => void)[] = [];
afterEach(async () => {
  removers.splice(0).forEach((remove) => remove());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function extensionAt(
  path: string,
  filter: { formId?: string; nextFormId?: string; companyId?: string } = {},
  handler?: ExtensionHandler,
): Promise<ExtensionServer> {
  const server = await startExtensionServer(handler);
  servers.push(server);
  removers.push(
    fixture.emulator.addExtension({ processId: acme.process, url: server.url + path, ...filter }),
  );
  return server;
}

const exec = (body: Record<string, unknown>) =>
  fixture.api.call('executeActivity', {
    companyId: acme.companyId,
    userId: acme.ana,
    workflowId: acme.process,
    formData: {},
    ...body,
  });
const leadToQualification = { caseNumber: 1, formId: 'lead', nextFormId: 'qualification' };
const callsTo = (server: ExtensionServer): ExtensionCallRecord[] =>
  fixture.emulator.extensionCalls.filter((call) => call.url.startsWith(server.url));

describe('extension calls', () => {
  it('POSTs the documented JSON body with a fresh handshake token when an exec matches', async () => {
    const server = await extensionAt('/hook');
    await exec({ ...leadToQualification, formData: { customer_name: 'Initech' } });
    expect(server.calls).toHaveLength(1);
    const call = server.calls[0];
    expect(call?.contentType).toBe('application/json');
    expect(call?.body).toEqual({
      environment: 'production',
      processId: acme.process,
      processVersion: 1,
      caseNumber: 1,
      handshakeToken: expect.stringMatching(/^[0-9a-f]{24}$/),
      fields: { customer_name: 'Initech' },
    });
    expect(schemaValidator('ExtensionCallBody')(call?.body)).toBe(true);
    expect(callsTo(server)).toEqual([
      {
        url: `${server.url}/hook`,
        body: call?.body,
        transition: { companyId: acme.companyId, formId: 'lead', nextFormId: 'qualification' },
        status: 200,
        responseBody: 'Ok',
        startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        durationMs: expect.any(Number),
      },
    ]);
  });

  it('issues a different handshake token for every call', async () => {
    const server = await extensionAt('/hook');
    await exec(leadToQualification);
    await exec({ caseNumber: 2, formId: 'qualification', nextFormId: 'lost' });
    const [first, second] = callsTo(server);
    expect(first?.body.handshakeToken).not.toBe(second?.body.handshakeToken);
  });

  it('calls after applying the exec and waits while the extension calls back into the emulator', async () => {
    const seen: unknown[] = [];
    const server = await extensionAt('/hook', {}, async (call, endpoint) => {
      const api = new ApiClient(fixture.emulator.url, acme.token);
      const body = call.body as { handshakeToken: string };
      seen.push(
        (await api.call('validateCall', { endpoint, token: body.handshakeToken })).body.resultCode,
      );
      const current = await api.call('getCase', {
        userId: acme.ana,
        processId: acme.process,
        caseNumber: 1,
      });
      seen.push(current.body.payload.currentFormId);
      seen.push(
        (await api.call('queryMasterData', { userId: acme.ana, table: 'Clientes', filter: {} }))
          .body.resultCode,
      );
      return 204;
    });
    const reply = await exec(leadToQualification);
    expect(reply.body.resultCode).toBe(0);
    expect(seen).toEqual([0, 'qualification', 0]);
    expect(callsTo(server)[0]?.status).toBe(204);
  });

  it('succeeds and records the status when the extension answers an error', async () => {
    const server = await extensionAt('/hook', {}, () => 500);
    const reply = await exec(leadToQualification);
    expect(reply.body.resultCode).toBe(0);
    expect(callsTo(server)[0]?.status).toBe(500);
  });

  it('succeeds and records status 0 when nothing listens at the URL (the seeded extension)', async () => {
    const reply = await exec({ caseNumber: 2, formId: 'qualification', nextFormId: 'won' });
    expect(reply.body.resultCode).toBe(0);
    expect(fixture.emulator.extensionCalls).toEqual([
      expect.objectContaining({
        url: 'http://127.0.0.1:9/blizwork/qualification-won',
        status: 0,
        error: 'ECONNREFUSED',
      }),
    ]);
  });

  it('makes no call when skipExtensions is true', async () => {
    const server = await extensionAt('/hook');
    await exec({ ...leadToQualification, skipExtensions: true });
    expect(server.calls).toEqual([]);
    expect(fixture.emulator.extensionCalls).toEqual([]);
  });

  it.each([
    [{ formId: 'qualification' }, 0],
    [{ formId: 'lead' }, 1],
    [{ nextFormId: 'won' }, 0],
    [{ formId: 'lead', nextFormId: 'qualification' }, 1],
    [{ companyId: 'another-company' }, 0],
    [{ companyId: acme.companyId }, 1],
  ])('calls only matching extensions when registered with %j', async (filter, expected) => {
    const server = await extensionAt('/hook', filter);
    await exec(leadToQualification);
    expect(server.calls).toHaveLength(expected);
  });

  it('sends the draft environment and version when the draft case is executed', async () => {
    const server = await extensionAt('/hook');
    await exec({ ...leadToQualification, environment: 'draft' });
    expect(server.calls[0]?.body).toMatchObject({
      environment: 'draft',
      processVersion: 2,
      caseNumber: 1,
    });
  });

  it('stops calling an extension once its remover has run', async () => {
    const server = await extensionAt('/hook');
    removers.pop()?.();
    await exec(leadToQualification);
    expect(server.calls).toEqual([]);
  });

  it('keeps added extensions across reset()', async () => {
    const server = await extensionAt('/hook');
    fixture.emulator.reset();
    await exec(leadToQualification);
    expect(server.calls).toHaveLength(1);
  });

  it('refuses a non-http URL with a TypeError', () => {
    expect(() =>
      fixture.emulator.addExtension({ processId: acme.process, url: 'ftp://x.test/hook' }),
    ).toThrow(TypeError);
    expect(() =>
      fixture.emulator.addExtension({ processId: acme.process, url: 'not a url' }),
    ).toThrow(TypeError);
  });
});

describe('extension timeout', () => {
  it('records status 0 and a timeout when the extension does not answer in time, and the exec succeeds', async () => {
    const emulator = await startEmulator({ extensionTimeoutMs: 200 });
    const server = await startExtensionServer(() => new Promise<number>(() => undefined));
    try {
      emulator.addExtension({ processId: acme.process, url: `${server.url}/slow` });
      const reply = await new ApiClient(emulator.url, emulator.token).call(
        'executeActivity',
        leadExecBody(),
      );
      expect(reply.body.resultCode).toBe(0);
      expect(emulator.extensionCalls[0]).toMatchObject({
        status: 0,
        error: 'timeout after 200 ms',
      });
    } finally {
      await emulator.close();
      await server.close();
    }
  });
});
