import { startEmulator, type Emulator } from '@blizwork/emulator';
import { BlizWork, CaseDataLevel } from '@blizwork/sdk';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtensionServer } from '../src/server.js';

describe('examples/extension-node', () => {
  let emulator: Emulator;
  let server: Server;
  let bw: BlizWork;
  let hookUrl: string;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    bw = new BlizWork(emulator.clientOptions);
    server = createExtensionServer(bw);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/qualified`;
    emulator.addExtension({
      processId: 'sales-process',
      url: hookUrl,
      formId: 'lead',
      nextFormId: 'qualification',
    });
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await emulator.close();
  });

  it('files the customer when BlizWork calls it for a real case', async () => {
    const process = bw.process('sales-process');
    const number = await process.startCase();
    const c = await process.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
    await c.exec('qualification', { customer_name: 'Hooli', amount: 10 });

    expect(emulator.extensionCalls.at(-1)).toMatchObject({ url: hookUrl, status: 200 });
    expect(await bw.masterData('Clientes').records({ nombre: 'Hooli' })).toEqual([
      expect.objectContaining({ ultimoCaso: number }),
    ]);
  });

  it('refuses a forged call with 401', async () => {
    const forged = {
      ...emulator.extensionCalls.at(-1)!.body,
      handshakeToken: 'ffffffffffffffffffffffff',
    };
    const reply = await fetch(hookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(reply.status).toBe(401);
  });
});
