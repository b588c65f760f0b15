// exec({ ensure: true }) when the outcome of the write is unknown: a forwarding server in front of
// the emulator runs the exec and then drops the connection (or never reaches the emulator).
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BlizWork, BlizWorkConnectionError, type HistoryEntry } from '../src/index.node.js';
import { execOutcome } from '../src/resources/ensure-exec.js';
import { rejectionOf } from './helpers/clients.js';
import { startForwardingServer, type ForwardingServer } from './helpers/forwarding-server.js';

let emulator: Emulator;
let proxy: ForwardingServer;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, log: () => {} });
  proxy = await startForwardingServer(emulator.url);
});
afterAll(async () => {
  await proxy.close();
  await emulator.close();
});
beforeEach(() => {
  emulator.reset();
  proxy.paths.length = 0;
});

const client = (options: { timeoutMs?: number } = {}) =>
  new BlizWork({ ...emulator.clientOptions, baseUrl: proxy.url, ...options });
const execsSent = () => proxy.paths.filter((path) => path.startsWith('/exec/')).length;
const stored = () => emulator.readCase({ processId: 'sales-process', caseNumber: 1 });
const leadRuns = () =>
  stored()?.history.filter((entry) => entry.currentActivity?.formId === 'lead').length;

describe('Case.exec with ensure', () => {
  it('does not resend when the exec ran and the connection dropped before the reply', async () => {
    const c = await client().process('sales-process').getCase(1);
    proxy.breakNext('/exec/', 'forward-then-drop');
    const after = await c.exec('qualification', { customer_name: 'Initech' }, { ensure: true });
    expect(after.pendingFormId).toBe('qualification');
    expect(after.field('customer_name')).toBe('Initech');
    expect(execsSent()).toBe(1);
    expect(leadRuns()).toBe(1);
  });

  it('does not resend when the exec ran and the reply never came (timeout)', async () => {
    const c = await client({ timeoutMs: 500 }).process('sales-process').getCase(1);
    proxy.breakNext('/exec/', 'forward-then-hang');
    const after = await c.exec('qualification', {}, { ensure: true });
    expect(after.pendingFormId).toBe('qualification');
    expect(execsSent()).toBe(1);
    expect(leadRuns()).toBe(1);
  });

  it('resends once when the exec never reached the server, and the activity runs once', async () => {
    const c = await client().process('sales-process').getCase(1);
    proxy.breakNext('/exec/', 'drop');
    const after = await c.exec('qualification', {}, { ensure: true });
    expect(after.pendingFormId).toBe('qualification');
    expect(execsSent()).toBe(2);
    expect(leadRuns()).toBe(1);
  });

  it('without ensure, rejects with the connection error although the exec ran', async () => {
    const c = await client().process('sales-process').getCase(1);
    proxy.breakNext('/exec/', 'forward-then-drop');
    const error = await rejectionOf(c.exec('qualification'));
    expect(error).toBeInstanceOf(BlizWorkConnectionError);
    expect(execsSent()).toBe(1);
    expect(leadRuns()).toBe(1); // it ran: the caller could not tell
  });

  it('rethrows the original failure when the case was moved some other way meanwhile', async () => {
    const c = await client().process('sales-process').getCase(2); // waits on qualification
    // While our exec (to `won`) is lost, someone else (straight to the emulator) closes it as `lost`.
    const direct = new BlizWork(emulator.clientOptions).process('sales-process');
    proxy.breakNext('/exec/', 'drop', async () => (await direct.getCase(2)).exec('lost'));
    const error = await rejectionOf(c.exec('won', {}, { ensure: true }));
    expect(error).toBeInstanceOf(BlizWorkConnectionError);
    expect(execsSent()).toBe(1);
    const case2 = emulator.readCase({ processId: 'sales-process', caseNumber: 2 });
    expect(case2?.currentFormId).toBe('lost');
  });
});

describe('execOutcome', () => {
  const waiting = (formId: string): HistoryEntry => ({ nextActivity: { formId } });
  const ran = (formId: string, next: string): HistoryEntry => ({
    currentActivity: { formId },
    nextActivity: { formId: next },
  });
  const body = { formId: 'lead', nextFormId: 'qualification' };

  it.each<[string, HistoryEntry[], ReturnType<typeof execOutcome>]>([
    ['the entry for the exec follows', [waiting('lead'), ran('lead', 'qualification')], 'ran'],
    ['nothing was added', [waiting('lead')], 'pending'],
    ['another action ran', [waiting('lead'), ran('lead', 'lost')], 'changed'],
  ])('says %s', (_label, history, outcome) => {
    expect(execOutcome(history, 1, body)).toBe(outcome);
  });
});
