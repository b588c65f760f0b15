import { startEmulator, type Emulator } from '@blizwork/emulator';
import { BlizWork, CaseDataLevel } from '@blizwork/sdk';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiChanges } from '../src/api-changes.js';
import { credentials } from '../src/credentials.js';
import { serveExtension } from '../src/extension-handler.js';
import { fromPython } from '../src/from-python.js';
import { gettingStarted } from '../src/getting-started.js';
import { runtimeWorker } from '../src/runtime-fetch-handler.js';
import { inProcessSample } from '../src/testing-in-process.js';
import { emulatorSample } from '../src/testing-with-the-emulator.js';

describe('the guides samples, run against the emulator', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterEach(() => emulator.close());

  it('getting started prints what its comments say', async () => {
    expect(await gettingStarted(emulator.clientOptions)).toEqual([
      'true lead',
      'Initech 2',
      'Globex',
    ]);
  });

  it('credentials reads the environment and never shows the token', async () => {
    const env = environmentOf(emulator);
    expect(await credentials(env)).toEqual([
      `${emulator.userId} production`,
      'false',
      'draft true',
    ]);
  });

  it('testing with the emulator prints what its comments say', async () => {
    expect(await emulatorSample()).toEqual(['Austin', 'UnexpectedServerError']);
  });

  it('testing with the emulator in process prints what its comments say', async () => {
    expect(await inProcessSample()).toEqual(['4 lead']);
  });

  it('api changes: raw and request both reach the endpoint', async () => {
    expect(await apiChanges(emulator.clientOptions)).toEqual(['0 3', '0 3']);
  });

  it('migrating from Python prints what its comments say', async () => {
    expect(await fromPython(emulator.clientOptions)).toEqual([
      'Globex',
      'true',
      'production draft',
    ]);
  });
});

describe('the extension samples', () => {
  let emulator: Emulator;
  let server: Server | undefined;
  beforeEach(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterEach(async () => {
    server?.closeAllConnections();
    server?.close();
    await emulator.close();
  });

  /** Starts a case and executes lead -> qualification, which calls the registered extensions. */
  async function qualifyLead(bw: BlizWork, customer: string): Promise<number> {
    const sales = bw.process('sales-process');
    const number = await sales.startCase();
    const c = await sales.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
    await c.exec('qualification', { customer_name: customer, amount: 10 });
    return number;
  }

  it('the Node extension files the customer of a real call and refuses a forged one', async () => {
    const bw = new BlizWork(emulator.clientOptions);
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}/hook`;
    server = serveExtension(bw, publicUrl, port);
    await once(server, 'listening');
    emulator.addExtension({
      processId: 'sales-process',
      url: publicUrl,
      formId: 'lead',
      nextFormId: 'qualification',
    });

    const number = await qualifyLead(bw, 'Hooli');
    expect(emulator.extensionCalls.at(-1)).toMatchObject({ url: publicUrl, status: 200 });
    expect(emulator.readTable('Clientes')).toContainEqual(
      expect.objectContaining({ nombre: 'Hooli', ultimoCaso: number }),
    );

    const forged = { ...emulator.extensionCalls.at(-1)!.body, handshakeToken: 'f'.repeat(24) };
    const reply = await fetch(publicUrl, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(forged),
    });
    expect(reply.status).toBe(401);
  });

  it('the worker answers a real call through fetch(Request) and refuses a replayed one', async () => {
    const env = environmentOf(emulator);
    const worker = runtimeWorker(env);
    const publicUrl = 'https://hooks.example.com/blizwork';
    // The emulator cannot reach that host; it records the call's body, which we deliver instead.
    emulator.addExtension({
      processId: 'sales-process',
      url: publicUrl,
      formId: 'lead',
      nextFormId: 'qualification',
    });
    const number = await qualifyLead(new BlizWork(emulator.clientOptions), 'Hooli');
    const { body } = emulator.extensionCalls.at(-1)!;
    const deliver = () =>
      worker.fetch(
        new Request(publicUrl, {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify(body),
        }),
      );

    const reply = await deliver();
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ seen: number });
    expect((await deliver()).status).toBe(401); // a handshake token is single-use
  });
});

/** A port nothing listens on right now, so the extension's public URL can name it before it listens. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** What BlizWork sends with an extension call. */
const JSON_HEADERS = { 'content-type': 'application/json' };

/** The environment variables `BlizWork.fromEnv` reads, pointing at `emulator`. */
function environmentOf(emulator: Emulator): Record<string, string> {
  return {
    BLIZWORK_TOKEN: emulator.token,
    BLIZWORK_USER_ID: emulator.userId,
    BLIZWORK_COMPANY_ID: emulator.companyId,
    BLIZWORK_BASE_URL: emulator.url,
  };
}
