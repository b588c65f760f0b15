// Result code 200 (the plan's transaction limit), against the fault server: BlizWork is assumed to
// refuse such a call before running it (assumption:code-200-refused-before-running), but nothing
// documents it, so by default only reads are resent; writes, notifications and validateCall reject
// at once unless the client opts in with resendWritesOnTransactionLimit.
import { startCase } from '@blizwork/client';
import { describe, expect, it } from 'vitest';
import type { BlizWork } from '../../src/index.node.js';
import { TransactionLimitError } from '../../src/index.node.js';
import { COMPANY_ID, clientFor, rejectionOf } from '../helpers/clients.js';
import { ok, useFaultServer, type Fault } from '@blizwork/test-support/fault-server';
import { salesCaseDocument } from '../helpers/sales-case-document.js';

const server = useFaultServer();
const refused: Fault = { kind: 'json', body: { resultCode: 200, resultMessage: 'limit' } };
const genuineCall = {
  environment: 'production',
  processId: 'sales-process',
  processVersion: 1,
  caseNumber: 39,
  handshakeToken: '642c8f141be17c78c05bcb4c',
};

/** Every call that is not a read, as a user makes it. */
const writes: [string, (bw: BlizWork) => Promise<unknown>][] = [
  ['startCase', (bw) => bw.process('sales-process').startCase()],
  ['upsert', (bw) => bw.masterData('T').upsert({ id: 1 }, { x: 1 })],
  ['delete', (bw) => bw.masterData('T').delete({ id: 1 })],
  ['uploadFile', (bw) => bw.uploadFile({ fileName: 'a.txt', content: 'a' })],
  ['sendNotification', (bw) => bw.sendNotification('t', { to: 'a@b.test' })],
  [
    'validateCall',
    (bw) => bw.validateCall(genuineCall, { endpoint: 'https://hooks.example.com/b' }),
  ],
  ['raw(startCase)', (bw) => bw.raw(startCase, { body: { companyId: 'c', workflowId: 'p' } })],
  ['request()', (bw) => bw.request('/custom/write', { a: 1 })],
];

describe('a reply with code 200, by default', () => {
  it('is resent for a read, within maxRetries', async () => {
    server.queue(refused, ok({ payload: [] }));
    expect(await clientFor(server.url).masterData('T').records()).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it.each(writes)(
    'is not resent for %s: TransactionLimitError at once, saying why and what to do',
    async (_name, call) => {
      server.fallback = refused;
      const error = await rejectionOf(call(clientFor(server.url)));
      expect(error).toBeInstanceOf(TransactionLimitError);
      expect(server.requests).toHaveLength(1);
      expect(error.message).toMatch(
        /failed with result code 200: limit\. Not resent: the call may have run, .*rateLimit option.*resendWritesOnTransactionLimit: true/,
      );
    },
  );

  it('is not resent for exec (the case is read before and after; the exec is sent once)', async () => {
    // The client's own company: a case of another company is refused before any exec.
    server.queue(ok({ payload: { ...salesCaseDocument(), companyId: COMPANY_ID } }), refused);
    const c = await clientFor(server.url).process('sales-process').getCaseFromDraft(39);
    await expect(c.exec('won', { amount: 1 })).rejects.toBeInstanceOf(TransactionLimitError);
    expect(server.requests.map((request) => request.url.split('/')[1])).toEqual([
      'process',
      'exec',
    ]);
  });

  it('is not resent for a read sent with raw(..., { retry: false })', async () => {
    server.fallback = refused;
    const bw = clientFor(server.url);
    const { listCases } = await import('@blizwork/client');
    await expect(
      bw.raw(listCases, { body: { processId: 'p' } }, { retry: false }),
    ).rejects.toBeInstanceOf(TransactionLimitError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('resendWritesOnTransactionLimit: true', () => {
  it.each(writes)('resends %s within maxRetries', async (_name, call) => {
    server.queue(refused);
    server.fallback = ok({
      caseNumber: 7,
      payload: { fileName: 'a.txt', fileUrl: 'https://f.test/a.txt' },
    });
    await call(clientFor(server.url, { resendWritesOnTransactionLimit: true }));
    expect(server.requests).toHaveLength(2);
  });

  it('raises TransactionLimitError with the total wait once maxRetries is spent', async () => {
    server.fallback = refused;
    const error = await rejectionOf(
      clientFor(server.url, {
        maxRetries: 1,
        rateLimit: { transactionsPerSecond: 50 },
        resendWritesOnTransactionLimit: true,
      })
        .masterData('T')
        .upsert({ id: 1 }, { x: 1 }),
    );
    expect(error).toBeInstanceOf(TransactionLimitError);
    // One back-off of at least 375 ms (500 ms minus up to 25 % jitter), plus the slower bucket's wait.
    expect((error as TransactionLimitError).waitedMs).toBeGreaterThanOrEqual(375);
    expect(error.message).toBe('upsertMasterData failed with result code 200: limit');
    expect(server.requests).toHaveLength(2);
  });

  it('never resends a write after another failure (only code 200)', async () => {
    server.queue(refused, { kind: 'json', status: 503, body: { oops: true } });
    const bw = clientFor(server.url, { resendWritesOnTransactionLimit: true });
    await expect(bw.process('sales-process').startCase()).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(2);
  });

  it('is inherited by withOptions, which can also turn it on or off', async () => {
    const on = clientFor(server.url, { resendWritesOnTransactionLimit: true });
    const off = on.withOptions({ resendWritesOnTransactionLimit: false });
    server.queue(refused, ok({ caseNumber: 7 }));
    expect(await on.withOptions({ timeoutMs: 5_000 }).process('p').startCase()).toBe(7);
    server.reset();
    server.fallback = refused;
    await expect(off.process('p').startCase()).rejects.toBeInstanceOf(TransactionLimitError);
    expect(server.requests).toHaveLength(1);
    server.reset();
    server.queue(refused, ok({ caseNumber: 8 }));
    const derived = clientFor(server.url).withOptions({ resendWritesOnTransactionLimit: true });
    expect(await derived.process('p').startCase()).toBe(8);
  });

  it('must be a boolean', () => {
    expect(() => clientFor(server.url, { resendWritesOnTransactionLimit: 'yes' as never })).toThrow(
      new TypeError(
        'BlizWork: option "resendWritesOnTransactionLimit" must be true or false (got "yes")',
      ),
    );
  });
});
