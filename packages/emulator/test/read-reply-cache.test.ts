// Reads are answered from cached reply bytes while the state is unchanged; every change, through
// the API, the dashboard or reset(), must show in the very next read.
import { describe, expect, it } from 'vitest';
import { createEmulator, type FetchEmulator } from '../src/index.js';
import { adminHttp } from './helpers/admin-http.js';
import { operationPath } from './helpers/api-client.js';
import { acme, leadExecBody, useEmulator } from './helpers/use-emulator.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls an operation through `emulator.fetch` and parses the reply. */
async function call(
  emulator: FetchEmulator,
  operationId: Parameters<typeof operationPath>[0],
  body: unknown,
): Promise<Loose> {
  const reply = await emulator.fetch(emulator.url + operationPath(operationId, acme.token), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await reply.json()) as Loose;
}

const readCase = (emulator: FetchEmulator, caseNumber = 1) =>
  call(emulator, 'getCase', { userId: acme.ana, processId: acme.process, caseNumber, include: 2 });

const formOf = (reply: Loose): unknown => reply.payload?.history?.at(-1)?.nextActivity?.formId;

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
