// Every public method against the real emulator (@blizwork/emulator, default seed).
import { ResultCodes, type Emulator } from '@blizwork/emulator';
import { listCases, validateCallByPath } from '@blizwork/client';
import { describe, expect, it } from 'vitest';
import {
  type BlizWork,
  BlizWorkApiError,
  CaseClosedError,
  CaseDataLevel,
  CaseDataMissingError,
  InvalidTokenError,
  type CaseDocument,
} from '../src/index.node.js';
import { recordingLogger, rejectionOf } from './helpers/clients.js';
import { useEmulator } from './helpers/emulator.js';
import { expectNoToken } from './helpers/expect-no-token.js';

interface SalesFields {
  customer_name: string;
  amount: number;
  contact_email: string;
  score: number;
  quote: { fileName: string; fileUrl: string };
  closing_notes: string;
}

let emulator: Emulator;
let bw: BlizWork;
useEmulator((started) => ({ emulator, bw } = started));

const sales = () => bw.process<SalesFields>('sales-process');
const today = () => new Date().toISOString().slice(0, 10);

describe('Process', () => {
  it('startCase starts a production case waiting at the first form', async () => {
    const number = await sales().startCase();
    expect(number).toBe(4);
    const c = await sales().getCase(number);
    expect([c.environment, c.version, c.pendingFormId, c.initiator]).toEqual([
      'production',
      1,
      'lead',
      emulator.userId,
    ]);
  });

  it('startCase on a draft client starts a draft case', async () => {
    const number = await bw
      .withOptions({ environment: 'draft' })
      .process('sales-process')
      .startCase();
    expect(number).toBe(2);
    const c = await sales().getCaseFromDraft(number);
    expect([c.environment, c.version]).toEqual(['draft', 2]);
    expect(
      emulator.readCase({ processId: 'sales-process', caseNumber: 2, environment: 'draft' })
        ?.currentFormId,
    ).toBe('lead');
  });

  it('startCase({ environment: "draft" }) on a production client starts a draft case', async () => {
    const number = await sales().startCase({ environment: 'draft' });
    const c = await sales().getCaseFromDraft(number);
    expect([c.environment, c.version]).toEqual(['draft', 2]);
  });

  it('startCase for execUserId records that user as the initiator', async () => {
    const number = await sales().startCase({ execUserId: 'bob@acme.test' });
    expect(
      emulator.readCase({ processId: 'sales-process', caseNumber: number })?.createAudit.user,
    ).toBe('bob@acme.test');
  });

  it('getCase reads the seeded case with history and process definition by default', async () => {
    const c = await sales().getCase(2);
    expect(c.field('customer_name')).toBe('Globex');
    expect(c.field('amount')).toBe(5000);
    expect(c.field('score', null)).toBeNull();
    expect([c.number, c.processId, c.companyId, c.include, c.pendingFormId]).toEqual([
      2,
      'sales-process',
      emulator.companyId,
      CaseDataLevel.PlusProcessDefinition,
      'qualification',
    ]);
    expect(c.forms('lead')).toHaveLength(1);
    expect(c.formExecutionDate(c.latestForm('lead'))).toMatch(/^2026-01-\d\d$/);
    expect(c.currentForm()?.nextActivity?.formId).toBe('qualification');
    expect(c.document.processDefinition?.companyId).toBe(emulator.companyId);
  });

  it('getCase with CaseOnly has no history, and says so', async () => {
    const c = await sales().getCase(2, { include: CaseDataLevel.CaseOnly });
    expect(c.document.history).toBeUndefined();
    expect(() => c.currentForm()).toThrow(CaseDataMissingError);
  });

  it('getCaseFromProduction and getCaseFromDraft pick the environment', async () => {
    expect((await sales().getCaseFromProduction(1, CaseDataLevel.CaseOnly)).version).toBe(1);
    expect((await sales().getCaseFromDraft(1)).version).toBe(2);
  });

  it('getCase of a missing case rejects with the emulator result code', async () => {
    const error = await rejectionOf(sales().getCase(99));
    expect(error).toBeInstanceOf(BlizWorkApiError);
    expect(error).toMatchObject({
      resultCode: ResultCodes.caseNotFound,
      operation: 'getCase',
      httpStatus: 200,
    });
  });

  it('listCases lists the summaries, filtered', async () => {
    expect((await sales().listCases()).map((summary) => summary.caseNumber)).toEqual([1, 2, 3]);
    expect(
      (await sales().listCases({ closed: false })).map((summary) => summary.caseNumber),
    ).toEqual([1, 2]);
    expect(
      (await sales().listCases({ customer_name: 'Globex' })).map((summary) => summary.caseNumber),
    ).toEqual([2]);
  });
});

describe('Case.exec', () => {
  it('moves a case through its forms with form data and an uploaded attachment', async () => {
    const number = await sales().startCase();
    const lead = await sales().getCase(number);
    const qualified = await lead.exec('qualification', {
      customer_name: 'Initech',
      amount: 12,
      contact_email: 'x@i.test',
    });
    expect([qualified.pendingFormId, qualified.field('customer_name'), qualified.include]).toEqual([
      'qualification',
      'Initech',
      3,
    ]);
    expect(qualified.formExecutionDate(qualified.latestForm('lead'))).toBe(today());

    const quote = await bw.uploadFile({ fileName: 'quote.txt', content: 'price: 12' });
    const won = await qualified.exec('won', { score: 9, quote });
    expect(won.downloadUrl('quote')).toBe(quote.fileUrl);
    expect(won.document.closed).toBe(true);
    expect(await (await fetch(quote.fileUrl)).text()).toBe('price: 12');
    expect(emulator.readCase({ processId: 'sales-process', caseNumber: number })?.closed).toBe(
      true,
    );
  });

  it('re-reads a case loaded without history before executing it', async () => {
    const c = await sales().getCase(1, { include: CaseDataLevel.CaseOnly });
    const next = await c.exec('qualification', { customer_name: 'Hooli' });
    expect(next.pendingFormId).toBe('qualification');
  });

  it('rejects an action the form does not offer with the emulator result code', async () => {
    const c = await sales().getCase(1);
    const error = await rejectionOf(c.exec('won', {}));
    expect(error).toMatchObject({
      resultCode: ResultCodes.actionNotAllowed,
      operation: 'executeActivity',
    });
  });

  it('rejects a closed case with CaseClosedError before sending', async () => {
    const c = await sales().getCase(3);
    expect(await rejectionOf(c.exec('won', {}))).toBeInstanceOf(CaseClosedError);
  });

  it('calls the extension of the transition unless skipExtensions', async () => {
    await (await sales().getCase(2)).exec('won', { closing_notes: 'signed' });
    expect(emulator.extensionCalls).toHaveLength(1);
    emulator.reset();
    await (await sales().getCase(2)).exec('won', {}, { skipExtensions: true });
    expect(emulator.extensionCalls).toHaveLength(0);
  });
});

describe('MasterDataTable', () => {
  const clientes = () =>
    bw.masterData<{ Código: string; nombre: string; ciudad: string }>('Clientes');

  it('records and dictionary read the table', async () => {
    expect(await clientes().records()).toHaveLength(2);
    expect(await clientes().records({ ciudad: 'Lima' })).toEqual([
      { Código: 'P-002', nombre: 'Globex', ciudad: 'Lima' },
    ]);
    const byCode = await clientes().dictionary({}, 'Código');
    expect(Object.keys(byCode)).toEqual(['P-001', 'P-002']);
    expect(byCode['P-001']?.nombre).toBe('ACME');
  });

  it('upsert inserts and updates, delete removes', async () => {
    await clientes().upsert({ Código: 'P-003' }, { nombre: 'Initech', ciudad: 'Quito' });
    await clientes().upsert({ Código: 'P-001' }, { ciudad: 'Valparaíso' });
    expect(emulator.readTable('Clientes')).toEqual([
      { Código: 'P-001', nombre: 'ACME', ciudad: 'Valparaíso' },
      { Código: 'P-002', nombre: 'Globex', ciudad: 'Lima' },
      { Código: 'P-003', nombre: 'Initech', ciudad: 'Quito' },
    ]);
    expect(await clientes().delete({ Código: 'P-002' })).toEqual({ deleted: 1 });
    expect(emulator.readTable('Clientes')?.map((record) => record['Código'])).toEqual([
      'P-001',
      'P-003',
    ]);
  });

  it('a missing table rejects with the emulator result code', async () => {
    expect(await rejectionOf(bw.masterData('Nope').records())).toMatchObject({
      resultCode: ResultCodes.tableNotFound,
    });
  });
});

describe('utilities', () => {
  it('sendNotification lands in the outbox', async () => {
    await bw.sendNotification('process-notification-hook', { to: 'bob@acme.test', amount: 1.5 });
    expect(emulator.notifications).toEqual([
      expect.objectContaining({
        template: 'process-notification-hook',
        params: { to: 'bob@acme.test', amount: 1.5 },
      }),
    ]);
  });

  it('validateCall accepts a genuine extension call once, and refuses forged ones', async () => {
    await (await sales().getCase(2)).exec('won', {});
    const [call] = emulator.extensionCalls;
    if (!call) throw new Error('the emulator made no extension call');
    expect(await bw.validateCall(call.body, { endpoint: call.url })).toBe(true);
    expect(await bw.validateCall(call.body, { endpoint: call.url })).toBe(false);
    expect(
      await bw.validateCall(
        { ...call.body, handshakeToken: 'f'.repeat(24) },
        { endpoint: call.url },
      ),
    ).toBe(false);
  });

  it('validateCall validates draft calls too (the wrapper skipped them)', async () => {
    expect(
      await bw.validateCall(
        { environment: 'draft', handshakeToken: 'f'.repeat(24) },
        { endpoint: 'https://x.test/' },
      ),
    ).toBe(false);
  });

  it('raw() calls an operation the SDK does not wrap', async () => {
    await (await sales().getCase(2)).exec('won', {});
    const handshakeToken = emulator.extensionCalls[0]?.body.handshakeToken ?? '';
    expect(
      await bw.raw(validateCallByPath, { path: { handshakeToken }, body: {} }, { retry: true }),
    ).toMatchObject({ resultCode: 0 });
    expect(
      await rejectionOf(bw.raw(validateCallByPath, { path: { handshakeToken }, body: {} })),
    ).toBeInstanceOf(InvalidTokenError);
  });
});

describe('failures', () => {
  it('an unknown token rejects with InvalidTokenError', async () => {
    const error = await rejectionOf(
      bw.withOptions({ token: 'not-a-token' }).process('sales-process').listCases(),
    );
    expect(error).toBeInstanceOf(InvalidTokenError);
    expect(error.message).not.toContain('not-a-token');
  });

  it('an unknown user rejects with the emulator result code', async () => {
    const error = await rejectionOf(
      bw.withOptions({ userId: 'eve@evil.test' }).process('sales-process').listCases(),
    );
    expect(error).toMatchObject({ resultCode: ResultCodes.userNotAuthorized });
  });

  it('a server failure on a read is retried; on a write it is not', async () => {
    const logger = recordingLogger();
    const client = bw.withOptions({ logger, maxRetries: 1 });
    emulator.failNextRequest('getCase');
    expect((await client.process('sales-process').getCase(2)).number).toBe(2);
    expect(logger.lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    emulator.failNextRequest('startCase');
    expect(await rejectionOf(client.process('sales-process').startCase())).toMatchObject({
      resultCode: 101,
      httpStatus: 500,
    });
    expect(emulator.readCase({ processId: 'sales-process', caseNumber: 4 })).toBeUndefined();
    for (const { text } of logger.lines) expect(text).not.toContain(emulator.token);
  });
});

// bw.request() and bw.raw(): a path of the spec called as an unknown endpoint, and a generated
// operation whose userId and environment the SDK fills in.
const readCase = (client: BlizWork) =>
  client.request<{ resultCode: number; payload: CaseDocument }>('/process/case', {
    userId: client.userId,
    processId: 'sales-process',
    caseNumber: 1,
    include: 3,
  });

describe('bw.request() against the emulator', () => {
  it('reads a case through /process/case with the token appended', async () => {
    const reply = await readCase(bw);
    expect(reply.resultCode).toBe(0);
    expect(reply.payload).toMatchObject({ processSlug: 'sales-process', caseNumber: 1 });
  });

  it('rejects with InvalidTokenError for a wrong token, without showing it', async () => {
    const wrong = bw.withOptions({ token: 'tok-SECRET-9f8e7d6c5b4a' });
    const error = await rejectionOf(readCase(wrong));
    expect(error).toBeInstanceOf(InvalidTokenError);
    expectNoToken(error);
  });

  it('rejects a request the emulator refuses with a typed error', async () => {
    const missingCase = await rejectionOf(
      bw.request('/process/case', {
        userId: bw.userId,
        processId: 'sales-process',
        caseNumber: 999,
      }),
    );
    expect(missingCase).toBeInstanceOf(BlizWorkApiError);
    const unknownPath = await rejectionOf(bw.request('/no/such/endpoint', {}));
    expect(unknownPath).toBeInstanceOf(BlizWorkApiError);
    expect(unknownPath).toMatchObject({ httpStatus: 404 });
  });
});

describe('bw.raw() against the emulator', () => {
  it('lists cases with userId and environment filled in from the client', async () => {
    const reply = await bw.raw(listCases, { body: { processId: 'sales-process' } });
    expect(reply.resultCode).toBe(0);
    expect(reply.payload?.length).toBeGreaterThan(0);
  });
});
