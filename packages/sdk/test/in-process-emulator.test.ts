// The SDK against the emulator in this process: `fetch: emulator.fetch`, no port, no socket.
import { createEmulator } from '@blizwork/emulator/core';
import { describe, expect, it } from 'vitest';
import { BlizWork, CaseDataLevel, InvalidTokenError } from '../src/index.js';
import { rejectionOf } from './helpers/clients.js';

/** How many TCP servers and sockets this process holds (Node's own accounting of its handles). */
const tcpHandles = (): number =>
  process.getActiveResourcesInfo().filter((kind) => kind.startsWith('TCP')).length;

describe('new BlizWork({ ...emulator.clientOptions, fetch: emulator.fetch })', () => {
  it('runs cases, master data and uploads with no socket opened', async () => {
    const handlesBefore = tcpHandles();
    const emulator = createEmulator();
    const bw = new BlizWork({ ...emulator.clientOptions, fetch: emulator.fetch });
    const sales = bw.process<{ customer_name: string; amount: number; score: number }>(
      'sales-process',
    );

    const number = await sales.startCase();
    expect(number).toBe(4);
    let c = await sales.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
    c = await c.exec('qualification', { customer_name: 'Initech', amount: 4200 });
    expect(c.field('customer_name')).toBe('Initech');
    expect(c.pendingFormId).toBe('qualification');

    const quote = await bw.uploadFile({ fileName: 'quote.txt', content: 'Quote: 4200 USD' });
    const download = await emulator.fetch(quote.fileUrl);
    expect(await download.text()).toBe('Quote: 4200 USD');
    expect(quote.fileUrl.startsWith(emulator.url)).toBe(true);

    const clientes = bw.masterData('Clientes');
    await clientes.upsert({ nombre: 'Initech' }, { ciudad: 'Austin' });
    expect(Object.keys(await clientes.dictionary({}, 'nombre'))).toEqual([
      'ACME',
      'Globex',
      'Initech',
    ]);
    expect(emulator.readCase({ processId: 'sales-process', caseNumber: number })).toMatchObject({
      currentFormId: 'qualification',
    });

    const stranger = new BlizWork({
      ...emulator.clientOptions,
      token: 'not-a-token',
      fetch: emulator.fetch,
    });
    expect(await rejectionOf(stranger.process('sales-process').getCase(1))).toBeInstanceOf(
      InvalidTokenError,
    );
    // Nothing listened and nothing connected: every call stayed in this process.
    expect(tcpHandles()).toBe(handlesBefore);
  });
});
