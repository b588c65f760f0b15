// What the dashboard's process graph reads from the admin API: the extensions registered on each
// process (drawn on their edges), the cases at one form (listed when a form is clicked), and the
// transition of every extension call (the call log links to its edge).
import { describe, expect, it } from 'vitest';
import { adminHttp } from './helpers/admin-http.js';
import { startExtensionServer } from './helpers/extension-server.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator({ dashboard: true });
const read = async (path: string): Promise<unknown> => {
  const reply = await adminHttp(fixture.emulator.url, { path: `/_emulator/api/${path}` });
  expect(reply.status, reply.text).toBe(200);
  return reply.body;
};
const salesQuery = `companyId=${acme.companyId}&processId=${acme.process}&environment=production`;

describe('admin API for the process graph', () => {
  it('lists the extensions of each process, seeded and added, and only its own', async () => {
    const remove = fixture.emulator.addExtension({
      processId: acme.process,
      formId: 'lead',
      url: 'https://hooks.test/lead',
    });
    fixture.emulator.addExtension({
      processId: 'another-process',
      url: 'https://hooks.test/other',
    });
    fixture.emulator.addExtension({
      processId: acme.process,
      companyId: 'another-company',
      url: 'https://hooks.test/not-acme',
    });
    const processes = (await read('processes')) as { environment: string; extensions: unknown }[];
    const production = processes.find((process) => process.environment === 'production');
    expect(production?.extensions).toEqual([
      {
        formId: 'qualification',
        nextFormId: 'won',
        url: 'http://127.0.0.1:9/blizwork/qualification-won',
      },
      { formId: 'lead', url: 'https://hooks.test/lead' },
    ]);
    const detail = (await read(`case?${salesQuery}&caseNumber=2`)) as { extensions: unknown[] };
    expect(detail.extensions).toHaveLength(2);
    remove();
  });

  it('lists the cases at one form with `form`', async () => {
    const atQualification = (await read(`cases?${salesQuery}&form=qualification`)) as {
      total: number;
      items: { caseNumber: number }[];
    };
    expect(atQualification.items.map((item) => item.caseNumber)).toEqual([2]);
    const atWon = (await read(`cases?${salesQuery}&form=won`)) as { total: number };
    expect(atWon.total).toBe(1);
    const atNothing = (await read(`cases?${salesQuery}&form=${encodeURIComponent('"]')}`)) as {
      total: number;
    };
    expect(atNothing.total).toBe(0);
  });

  it('records the transition of every extension call, and a resend keeps it', async () => {
    const extension = await startExtensionServer(() => 200);
    const remove = fixture.emulator.addExtension({
      processId: acme.process,
      formId: 'qualification',
      url: `${extension.url}/hook`,
    });
    try {
      const exec = await adminHttp(fixture.emulator.url, {
        method: 'POST',
        path: '/_emulator/api/exec',
        headers: { origin: fixture.emulator.url },
        json: {
          companyId: acme.companyId,
          processId: acme.process,
          caseNumber: 2,
          formId: 'qualification',
          nextFormId: 'lost',
          formData: {},
        },
      });
      expect(exec.status, exec.text).toBe(200);
      const transition = { companyId: acme.companyId, formId: 'qualification', nextFormId: 'lost' };
      expect(fixture.emulator.extensionCalls.map((call) => call.transition)).toEqual([transition]);
      const resend = await adminHttp(fixture.emulator.url, {
        method: 'POST',
        path: '/_emulator/api/extension-calls/resend',
        headers: { origin: fixture.emulator.url },
        json: { index: 0 },
      });
      expect(resend.status, resend.text).toBe(200);
      const calls = (await read('extension-calls')) as { index: number; transition: unknown }[];
      expect(calls.map((call) => [call.index, call.transition])).toEqual([
        [1, transition],
        [0, transition],
      ]);
    } finally {
      remove();
      await extension.close();
    }
  });
});
