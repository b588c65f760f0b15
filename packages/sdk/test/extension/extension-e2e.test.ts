import { startEmulator, type Emulator } from '@blizwork/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlizWork, CaseDataLevel } from '../../src/index.node.js';
import { createExtensionHandler, type ExtensionCall } from '../../src/extension/index.js';
import { postJson, serveHandlerAt, type HandlerServer } from '../helpers/handler-server.js';

describe('createExtensionHandler end to end with the emulator', () => {
  let emulator: Emulator;
  let hook: HandlerServer;
  let bw: BlizWork;
  const seen: Array<{ caseNumber: number; customer: unknown; historyLength: number }> = [];

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    bw = new BlizWork({ ...emulator.clientOptions, maxRetries: 0 });
    const onCall = async (call: ExtensionCall) => {
      const current = await call.getCase(CaseDataLevel.PlusCaseHistory);
      seen.push({
        caseNumber: call.caseNumber,
        customer: call.field('customer_name', null),
        historyLength: current.history.length,
      });
      await bw
        .masterData('Clientes')
        .upsert(
          { Código: `CASE-${call.caseNumber}` },
          { nombre: String(call.field('customer_name', '')) },
        );
      return { handled: call.caseNumber };
    };
    hook = await serveHandlerAt((base) =>
      createExtensionHandler(bw, onCall, { publicUrl: `${base}/blizwork/lead-done` }),
    );
    emulator.addExtension({
      processId: 'sales-process',
      url: `${hook.url}/blizwork/lead-done`,
      formId: 'lead',
      nextFormId: 'qualification',
    });
  });
  afterAll(async () => {
    await hook.close();
    await emulator.close();
  });

  it('verifies a genuine call, runs user code, and the emulator records a 200', async () => {
    const process = bw.process('sales-process');
    const number = await process.startCase();
    const started = await process.getCase(number, { include: CaseDataLevel.PlusProcessDefinition });
    const callsBefore = emulator.extensionCalls.length;

    await started.exec('qualification', { customer_name: 'Initech', amount: 900 });

    const call = emulator.extensionCalls[callsBefore];
    expect(call?.url).toBe(`${hook.url}/blizwork/lead-done`);
    expect(call?.status).toBe(200);
    expect(seen.at(-1)).toEqual({ caseNumber: number, customer: 'Initech', historyLength: 2 });
    const records = await bw.masterData('Clientes').records({ Código: `CASE-${number}` });
    expect(records).toEqual([expect.objectContaining({ nombre: 'Initech' })]);
  });

  it('answers 401 to a replay of a genuine body and does not run user code again', async () => {
    const genuine = emulator.extensionCalls.at(-1);
    expect(genuine).toBeDefined();
    const runs = seen.length;
    const replay = await postJson(genuine!.url, genuine!.body);
    expect(replay.status).toBe(401);
    expect(seen).toHaveLength(runs);
  });
});
