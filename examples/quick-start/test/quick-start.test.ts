import { startEmulator, type Emulator } from '@blizwork/emulator';
import { BlizWork } from '@blizwork/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runQuickStart } from '../src/quick-start.js';

describe('examples/quick-start', () => {
  let emulator: Emulator;
  let bw: BlizWork;
  let lines: string[];
  const options = () => ({
    processId: 'sales-process',
    print: (line: string) => lines.push(line),
    notifyTo: 'ops@acme.test',
  });

  beforeEach(async () => {
    emulator = await startEmulator({ port: 0 });
    bw = new BlizWork(emulator.clientOptions);
    lines = [];
  });
  afterEach(() => emulator.close());

  it('walks a new case to "won" with an attachment, upserts a client and notifies', async () => {
    const result = await runQuickStart(bw, { ...options(), write: true });

    const c = await bw.process('sales-process').getCase(result.caseNumber!, { include: 2 });
    expect(c.currentForm()?.nextActivity?.formId).toBe('won');
    expect(c.field('customer_name')).toBe('Initech');
    const download = await fetch(c.downloadUrl('quote'));
    expect(await download.text()).toBe('Quote for Initech: 4200 USD');
    expect(await bw.masterData('Clientes').records({ nombre: 'Initech' })).toEqual([
      expect.objectContaining({ ciudad: 'Austin', ultimoCaso: result.caseNumber }),
    ]);
    expect(emulator.notifications).toEqual([
      expect.objectContaining({
        template: 'process-notification-hook',
        params: expect.objectContaining({ to: 'ops@acme.test' }),
      }),
    ]);
    expect(lines.join('\n')).toMatch(/History:\n.*\(start\) -> lead/);
  });

  it('changes nothing in read-only mode', async () => {
    const before = await bw.process('sales-process').listCases();
    const result = await runQuickStart(bw, { ...options(), write: false });
    expect(await bw.process('sales-process').listCases()).toEqual(before);
    expect(result.clientes).toBe(2);
    expect(emulator.notifications).toEqual([]);
  });
});
