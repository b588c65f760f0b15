import { startEmulator, type Emulator } from '@blizwork/emulator';
import { BlizWork, CaseDataLevel } from '@blizwork/sdk';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_TIMEOUTS, startExtensionServer } from '../src/server.js';

/** Sends raw bytes (what fetch refuses to send) and resolves the reply's status line. */
function rawStatusLine(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (data: Buffer) => (text += data.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
  });
}

describe('examples/extension-node', () => {
  let emulator: Emulator;
  let server: Server;
  let bw: BlizWork;
  let hookUrl: string;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    bw = new BlizWork(emulator.clientOptions);
    // No publicUrl: the example's default, built from the host and the port it got.
    ({ server, publicUrl: hookUrl } = await startExtensionServer(bw, {
      port: 0,
      host: '127.0.0.1',
    }));
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

  it('defaults publicUrl to the address it listens on', () => {
    expect(hookUrl).toBe(`http://127.0.0.1:${(server.address() as AddressInfo).port}/qualified`);
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

  it('answers 400 to a malformed Host header and keeps serving', async () => {
    const { port } = server.address() as AddressInfo;
    const status = await rawStatusLine(
      port,
      'POST /qualified HTTP/1.1\r\nhost: a b\r\ncontent-length: 0\r\nconnection: close\r\n\r\n',
    );
    expect(status).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(hookUrl)).status).toBe(405);
  });

  it('bounds headers and whole requests well below node defaults', () => {
    expect(server.headersTimeout).toBe(SERVER_TIMEOUTS.headersTimeout);
    expect(server.requestTimeout).toBe(SERVER_TIMEOUTS.requestTimeout);
  });
});
