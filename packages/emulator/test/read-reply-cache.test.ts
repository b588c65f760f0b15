// Reads are answered from cached reply bytes while the state is unchanged; every change, through
// the API, the dashboard or reset(), must show in the very next read.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmulatorCore } from '../src/server/emulator-core.js';
import type { PlainReply } from '../src/http/plain-http.js';
import {
  createEmulator,
  defaultSeed,
  startEmulator,
  type FetchEmulator,
  type Seed,
} from '../src/index.js';
import { adminHttp } from './helpers/admin-http.js';
import { operationPath } from './helpers/api-client.js';
import { startExtensionServer } from './helpers/extension-server.js';
import { acme, leadExecBody, useEmulator } from './helpers/use-emulator.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls an operation through `emulator.fetch` (with ACME's token unless given) and parses the reply. */
async function call(
  emulator: FetchEmulator,
  operationId: Parameters<typeof operationPath>[0],
  body: unknown,
  token: string = acme.token,
): Promise<Loose> {
  const reply = await emulator.fetch(emulator.url + operationPath(operationId, token), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await reply.json()) as Loose;
}

const readCase = (emulator: FetchEmulator, caseNumber = 1) =>
  call(emulator, 'getCase', { userId: acme.ana, processId: acme.process, caseNumber, include: 2 });

const formOf = (reply: Loose): unknown => reply.payload?.history?.at(-1)?.nextActivity?.formId;

const queryClientes = { userId: acme.ana, table: 'Clientes', filter: {} };

/** Sends a getCase straight to the core's `handle`: the plain reply object itself, cached or not. */
function handleGetCase(emulator: EmulatorCore): Promise<PlainReply | undefined> {
  const body = JSON.stringify({ userId: acme.ana, processId: acme.process, caseNumber: 1 });
  return Promise.resolve(
    emulator.handle({
      method: 'POST',
      url: operationPath('getCase', acme.token),
      header: (name) => (name === 'content-type' ? 'application/json' : undefined),
      readBody: () => Promise.resolve({ kind: 'complete', text: body }),
    }),
  );
}

describe('cached read replies', () => {
  it('show an exec in the next read of the case', async () => {
    const emulator = createEmulator();
    const before = await readCase(emulator);
    expect(await readCase(emulator)).toEqual(before);
    await call(emulator, 'executeActivity', leadExecBody({ formData: { amount: 7 } }));
    const after = await readCase(emulator);
    expect(formOf(after)).toBe('qualification');
    expect(after.payload.fields.amount).toBe(7);
  });

  it('show a master-data upsert in the next query', async () => {
    const emulator = createEmulator();
    const query = { userId: acme.ana, table: 'Clientes', filter: { nombre: 'Initech' } };
    expect((await call(emulator, 'queryMasterData', query)).payload).toEqual([]);
    await call(emulator, 'upsertMasterData', {
      ...query,
      update: { ciudad: 'Austin' },
    });
    expect((await call(emulator, 'queryMasterData', query)).payload).toHaveLength(1);
  });

  it('show reset() and a started case in the next list', async () => {
    const emulator = createEmulator();
    const list = { userId: acme.ana, processId: acme.process };
    const before = (await call(emulator, 'listCases', list)).payload.length;
    await call(emulator, 'startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: acme.process,
    });
    expect((await call(emulator, 'listCases', list)).payload).toHaveLength(before + 1);
    emulator.reset();
    expect((await call(emulator, 'listCases', list)).payload).toHaveLength(before);
  });

  it('still fail when a failure is injected', async () => {
    const emulator = createEmulator({ log: () => undefined });
    await readCase(emulator);
    emulator.failNextRequest('getCase');
    expect(await readCase(emulator)).toMatchObject({ resultCode: 101 });
    expect(await readCase(emulator)).toMatchObject({ resultCode: 0 });
  });

  it('still refuse a bad token after the same read was cached', async () => {
    const emulator = createEmulator();
    const body = { userId: acme.ana, processId: acme.process, caseNumber: 1 };
    expect((await call(emulator, 'getCase', body)).resultCode).toBe(0);
    expect(await call(emulator, 'getCase', body, 'not-a-token')).toMatchObject({
      resultCode: 1,
      resultMessage: 'invalid or expired token',
    });
    expect((await call(emulator, 'getCase', body)).resultCode).toBe(0); // its entry is intact
  });

  it("give two companies reading with the same body their own company's data", async () => {
    const seed: Seed = structuredClone(defaultSeed);
    const otherToken = 'emu-other-token-0123456789abcdef';
    seed.companies.push({
      companyId: 'other-company',
      name: 'Other',
      tokens: [otherToken],
      users: [acme.ana],
    });
    seed.masterData?.push({
      companyId: 'other-company',
      table: 'Clientes',
      records: [{ Código: 'O-001', nombre: 'Other Corp' }],
    });
    const emulator = createEmulator({ seed });
    const names = async (token: string): Promise<unknown[]> =>
      ((await call(emulator, 'queryMasterData', queryClientes, token)).payload as Loose[]).map(
        (record) => record.nombre,
      );
    expect(await names(acme.token)).toEqual(['ACME', 'Globex']);
    expect(await names(otherToken)).toEqual(['Other Corp']);
    expect(await names(acme.token)).toEqual(['ACME', 'Globex']);
    expect(await names(otherToken)).toEqual(['Other Corp']);
  });

  it('answer a read during an exec waiting on a slow extension from the state, and cache nothing', async () => {
    let called!: () => void;
    const extensionCalled = new Promise<void>((resolve) => (called = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const server = await startExtensionServer(async () => {
      called();
      await released;
      return 200;
    });
    try {
      const emulator = createEmulator();
      emulator.addExtension({ processId: acme.process, url: `${server.url}/slow` });
      expect(formOf(await readCase(emulator))).toBe('lead'); // cached
      const exec = call(emulator, 'executeActivity', leadExecBody());
      await extensionCalled;
      // The exec changed the case before calling its extension: a read now sees it.
      expect(formOf(await readCase(emulator))).toBe('qualification');
      // Moved on by another exec while the first still waits: no reply kept during the wait.
      await call(emulator, 'executeActivity', {
        ...leadExecBody(),
        formId: 'qualification',
        nextFormId: 'lost',
        skipExtensions: true,
      });
      release();
      expect((await exec).resultCode).toBe(0);
      expect(formOf(await readCase(emulator))).toBe('lost');
    } finally {
      release();
      await server.close();
    }
  });

  it('show a master-data delete in the next query', async () => {
    const emulator = createEmulator();
    expect((await call(emulator, 'queryMasterData', queryClientes)).payload).toHaveLength(2);
    await call(emulator, 'deleteMasterData', {
      userId: acme.ana,
      table: 'Clientes',
      filter: { Código: 'P-001' },
    });
    expect((await call(emulator, 'queryMasterData', queryClientes)).payload).toEqual([
      expect.objectContaining({ nombre: 'Globex' }),
    ]);
  });

  it('are dropped by an upload (every change empties the cache)', async () => {
    const emulator = createEmulator();
    expect(emulator).toBeInstanceOf(EmulatorCore);
    const core = emulator as EmulatorCore;
    const first = await handleGetCase(core);
    expect(await handleGetCase(core)).toBe(first); // the cached reply itself
    await call(emulator, 'uploadAttachment', {
      userId: acme.ana,
      filename: 'a.txt',
      file: Buffer.from('a').toString('base64'),
    });
    const afterUpload = await handleGetCase(core);
    expect(afterUpload).not.toBe(first);
    expect(afterUpload).toEqual(first);
  });

  it('show the state loaded from dataDir, then the changes made after', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'emulator-cache-'));
    const first = await startEmulator({ dataDir, log: () => undefined });
    await call(first, 'executeActivity', leadExecBody());
    await first.close();
    const second = await startEmulator({ dataDir, log: () => undefined });
    try {
      expect(formOf(await readCase(second))).toBe('qualification');
      expect(formOf(await readCase(second))).toBe('qualification'); // cached
      await call(second, 'executeActivity', {
        ...leadExecBody(),
        formId: 'qualification',
        nextFormId: 'lost',
      });
      expect(formOf(await readCase(second))).toBe('lost');
      second.reset();
      expect(formOf(await readCase(second))).toBe('lead');
    } finally {
      await second.close();
    }
  });

  describe('with the dashboard', () => {
    const fixture = useEmulator({ dashboard: true });

    it('show a dashboard exec in the next read over the API', async () => {
      expect(formOf(await readCase(fixture.emulator))).toBe('lead');
      await adminHttp(fixture.emulator.url, {
        method: 'POST',
        path: '/_emulator/api/exec',
        json: {
          companyId: acme.companyId,
          processId: acme.process,
          caseNumber: 1,
          formId: 'lead',
          nextFormId: 'qualification',
          formData: {},
        },
      });
      expect(formOf(await readCase(fixture.emulator))).toBe('qualification');
    });
  });
});
