// The SDK's fallback to the `status`/`message`/`payload` envelope (which the Python wrapper also
// reads), exercised against the real emulator answering the read operations in that envelope.
import { ResultCodes, startEmulator, type Emulator } from '@blizwork/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlizWork, BlizWorkApiError } from '../src/index.node.js';
import { rejectionOf } from './helpers/clients.js';

let emulator: Emulator;
let bw: BlizWork;
beforeAll(async () => {
  emulator = await startEmulator({
    log: () => {},
    statusEnvelope: [
      'getCase',
      'listCases',
      'queryMasterData',
      'executeActivity',
      'uploadAttachment',
    ],
  });
  bw = new BlizWork(emulator.clientOptions);
});
afterAll(() => emulator.close());

describe('read operations answered in the status envelope', () => {
  it('getCase reads the case', async () => {
    const c = await bw.process('sales-process').getCase(2);
    expect([c.number, c.field('customer_name'), c.pendingFormId]).toEqual([
      2,
      'Globex',
      'qualification',
    ]);
  });

  it('listCases lists the summaries', async () => {
    const summaries = await bw.process('sales-process').listCases();
    expect(summaries.map((summary) => summary.caseNumber)).toEqual([1, 2, 3]);
  });

  it('exec (whose reply may be either envelope) executes the activity', async () => {
    const c = await bw.process('sales-process').getCase(2);
    const after = await c.exec('won', { score: 9 });
    expect(after.closed).toBe(true);
  });

  it('uploadFile reads the stored file from the payload', async () => {
    const stored = await bw.uploadFile({ fileName: 'a.txt', content: 'hola' });
    expect(stored).toMatchObject({ fileName: 'a.txt', fileUrl: expect.stringContaining('/a.txt') });
  });

  it('masterData records reads the table', async () => {
    expect(await bw.masterData('Clientes').records({ ciudad: 'Lima' })).toEqual([
      { Código: 'P-002', nombre: 'Globex', ciudad: 'Lima' },
    ]);
  });

  it('a refusal in the status envelope still rejects with its code and message', async () => {
    const error = await rejectionOf(bw.masterData('Nope').records());
    expect(error).toBeInstanceOf(BlizWorkApiError);
    expect(error).toMatchObject({ resultCode: ResultCodes.tableNotFound });
    expect(error.message).toContain("no master-data table 'Nope'");
  });
});
