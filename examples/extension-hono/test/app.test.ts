import { startEmulator, type Emulator } from '@blizwork/emulator';
import { serve, type ServerType } from '@hono/node-server';
import { BlizWork, CaseDataLevel } from '@blizwork/sdk';
import type { Hono } from 'hono';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { SERVER_TIMEOUTS } from '../src/server-timeouts.js';

describe('examples/extension-hono', () => {
  let emulator: Emulator;
  let server: ServerType;
  let bw: BlizWork;
  let hookUrl: string;
  let responses: unknown[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    bw = new BlizWork(emulator.clientOptions);
    // The app is built once the server has its port, so its publicUrl is the URL BlizWork calls.
    const route: { app?: Hono } = {};
    // Record what the route answers, as BlizWork would see it.
    const recordingFetch = async (request: Request) => {
      const response = await route.app!.fetch(request);
      responses.push({ status: response.status, body: await response.clone().json() });
      return response;
    };
    server = await new Promise<ServerType>((resolve) => {
      const s = serve(
        { fetch: recordingFetch, port: 0, hostname: '127.0.0.1', serverOptions: SERVER_TIMEOUTS },
        () => resolve(s),
      );
    });
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/blizwork/won`;
    route.app = createApp(bw, { publicUrl: hookUrl });
    emulator.addExtension({
      processId: 'sales-process',
      url: hookUrl,
      formId: 'qualification',
      nextFormId: 'won',
    });
  });
  afterAll(async () => {
    server.close();
    await emulator.close();
  });

  it('answers a verified call with data read from the case', async () => {
    responses = [];
    const process = bw.process('sales-process');
    const number = await process.startCase();
    let c = await process.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
    c = await c.exec('qualification', { customer_name: 'Umbrella', amount: 1 });
    await c.exec('won', { closing_notes: 'signed' });

    const ours = emulator.extensionCalls.filter((call) => call.url === hookUrl);
    expect(ours.at(-1)).toMatchObject({ status: 200 });
    expect(responses).toEqual([
      { status: 200, body: { congratulate: 'Umbrella', caseNumber: number } },
    ]);
  });

  it('refuses a call whose handshake token is path-shaped', async () => {
    const reply = await fetch(hookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...emulator.extensionCalls.find((call) => call.url === hookUrl)!.body,
        handshakeToken: '../../init',
      }),
    });
    expect(reply.status).toBe(400);
  });

  it('serves with headers and request timeouts well below node defaults', () => {
    const http = server as Server;
    expect(http.headersTimeout).toBe(SERVER_TIMEOUTS.headersTimeout);
    expect(http.requestTimeout).toBe(SERVER_TIMEOUTS.requestTimeout);
  });
});
