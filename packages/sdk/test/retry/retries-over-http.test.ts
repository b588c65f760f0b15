// Which failures are retried, for which operations, and how long the SDK waits: a real local server.
import { describe, expect, it } from 'vitest';
import { listCases, upsertMasterData } from '@blizwork/client';
import {
  BlizWorkHttpError,
  BlizWorkTimeoutError,
  UnexpectedServerError,
} from '../../src/index.node.js';
import { resolveOptions } from '../../src/client/options.js';
import { RequestPipeline } from '../../src/internal/pipeline/request-pipeline.js';
import { describeEachTransport, recordingLogger, rejectionOf } from '../helpers/clients.js';
import { ok, useFaultServer, type Fault } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

describeEachTransport('retries', ({ clientFor }) => {
  const retryNow = { 'retry-after': '0' };
  const unavailable: Fault = {
    kind: 'json',
    status: 503,
    body: { error: 'busy' },
    headers: retryNow,
  };
  const caseDocument = {
    processSlug: 'sales-process',
    caseNumber: 2,
    environment: 'production',
    history: [{ nextActivity: { formId: 'qualification' } }],
    processDefinition: { companyId: 'c1' },
  };

  describe('a read (getCase, listCases, master-data query)', () => {
    it.each<[string, Fault]>([
      ['HTTP 503', unavailable],
      ['HTTP 429', { kind: 'json', status: 429, body: {}, headers: retryNow }],
      ['HTTP 408', { kind: 'text', status: 408, body: 'timeout', headers: retryNow }],
      [
        'an HTML 502 page',
        { kind: 'text', status: 502, body: '<h1>Bad Gateway</h1>', headers: retryNow },
      ],
      [
        'HTTP 500 with code 101',
        { kind: 'json', status: 500, body: { resultCode: 101 }, headers: retryNow },
      ],
      ['a dropped connection', { kind: 'reset' }],
      ['a reply cut short', { kind: 'cut-body' }],
      ['a timeout', { kind: 'slow', delayMs: 5_000 }],
    ])('is retried after %s and then succeeds', async (_label, fault) => {
      server.queue(fault, ok({ payload: [{ id: 1 }] }));
      // A short limit only where the timeout is the fault: on a busy machine (mutation testing runs
      // two suites at once) a 300 ms limit can expire on the retry too.
      const timeoutMs = fault.kind === 'slow' ? 1_000 : 20_000;
      const bw = clientFor(server.url, { timeoutMs, maxRetries: 1 });
      expect(await bw.masterData('T').records()).toEqual([{ id: 1 }]);
      expect(server.requests).toHaveLength(2);
    });

    it('is retried for every read operation', async () => {
      const bw = clientFor(server.url, { maxRetries: 1 });
      const process = bw.process('sales-process');
      server.queue(unavailable, ok({ payload: caseDocument }));
      await process.getCase(2);
      server.queue(unavailable, ok({ payload: [] }));
      await process.listCases();
      expect(server.requests.map((request) => request.url.split('/')[1])).toEqual([
        'process',
        'process',
        'process',
        'process',
      ]);
    });

    it('gives up after maxRetries + 1 attempts with the last error', async () => {
      server.fallback = unavailable;
      const error = await rejectionOf(
        clientFor(server.url, { maxRetries: 2 }).masterData('T').records(),
      );
      expect(error).toBeInstanceOf(BlizWorkHttpError);
      expect(server.requests).toHaveLength(3);
    });

    it('is not retried when maxRetries is 0', async () => {
      server.fallback = unavailable;
      await rejectionOf(clientFor(server.url, { maxRetries: 0 }).masterData('T').records());
      expect(server.requests).toHaveLength(1);
    });

    it.each<[string, Fault]>([
      ['HTTP 400', { kind: 'json', status: 400, body: {} }],
      ['HTTP 404', { kind: 'text', status: 404, body: 'Cannot POST' }],
      ['code 101 with HTTP 200', { kind: 'json', body: { resultCode: 101 } }],
      ['a 2xx HTML page', { kind: 'text', body: '<html></html>' }],
    ])('is not retried after %s', async (_label, fault) => {
      server.fallback = fault;
      await rejectionOf(clientFor(server.url).masterData('T').records());
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('a write (init, exec, upsert, delete, upload, notification)', () => {
    it.each<[string, (bw: ReturnType<typeof clientFor>) => Promise<unknown>]>([
      ['startCase', (bw) => bw.process('p').startCase()],
      ['upsert', (bw) => bw.masterData('T').upsert({ a: 1 }, { b: 2 })],
      ['delete', (bw) => bw.masterData('T').delete({ a: 1 })],
      ['uploadFile', (bw) => bw.uploadFile({ fileName: 'a.txt', content: 'hi' })],
      ['sendNotification', (bw) => bw.sendNotification('t', { to: 'x@y.z' })],
    ])('%s is never retried, even on 503 with Retry-After', async (_label, call) => {
      server.fallback = unavailable;
      expect(await rejectionOf(call(clientFor(server.url, { maxRetries: 5 })))).toBeInstanceOf(
        BlizWorkHttpError,
      );
      expect(server.requests).toHaveLength(1);
    });

    it('exec is never retried, even on a dropped connection', async () => {
      server.queue(ok({ payload: caseDocument }), { kind: 'reset' });
      const c = await clientFor(server.url, { maxRetries: 5 }).process('sales-process').getCase(2);
      await rejectionOf(c.exec('won', {}));
      expect(server.requests.map((request) => request.url.split('/')[1])).toEqual([
        'process',
        'exec',
      ]);
    });
  });

  describe('validateCall (a single-use handshake token)', () => {
    // A resend after a lost reply would spend the token again, get code 1 and refuse a genuine call.
    it.each<[string, Fault]>([
      ['a dropped connection (the reply was lost)', { kind: 'reset' }],
      ['a timeout', { kind: 'slow', delayMs: 5_000 }],
      ['HTTP 503 with Retry-After', unavailable],
    ])('is sent once, never retried, after %s', async (_label, fault) => {
      server.queue(fault, ok());
      // A short limit only where the timeout is the fault: under load, 300 ms for every case could
      // expire before a 503 or a reset even reached the server (then nothing was recorded).
      const timeoutMs = fault.kind === 'slow' ? 1_000 : 20_000;
      const bw = clientFor(server.url, { maxRetries: 5, timeoutMs });
      await rejectionOf(
        bw.validateCall({ handshakeToken: 'a'.repeat(24) }, { endpoint: 'https://hooks.test/x' }),
      );
      expect(server.requests.map((request) => request.url.split('/')[1])).toEqual(['utils']);
    });
  });

  describe('the wait before a retry', () => {
    it('honours Retry-After in seconds and as an HTTP date, and logs it at warn', async () => {
      const logger = recordingLogger();
      const past = new Date(Date.now() - 60_000).toUTCString();
      server.queue(
        { kind: 'json', status: 429, body: {}, headers: { 'retry-after': '0' } },
        { kind: 'json', status: 503, body: {}, headers: { 'retry-after': past } },
        ok({ payload: [] }),
      );
      await clientFor(server.url, { logger }).masterData('T').records();
      const warnings = logger.lines
        .filter((line) => line.level === 'warn')
        .map((line) => line.text);
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toMatch(
        /^blizwork queryMasterData: retrying in 0 ms \(attempt 2 of 3\) after BlizWorkHttpError/,
      );
      expect(warnings[1]).toMatch(/retrying in 0 ms \(attempt 3 of 3\)/);
    });

    it('uses exponential backoff when there is no Retry-After', async () => {
      const logger = recordingLogger();
      server.queue({ kind: 'reset' }, ok({ payload: [] }));
      await clientFor(server.url, { logger, maxRetries: 1 }).masterData('T').records();
      const warning = logger.lines.find((line) => line.level === 'warn')?.text ?? '';
      const delay = Number(/retrying in (\d+) ms/.exec(warning)?.[1]);
      expect(delay).toBeGreaterThanOrEqual(375);
      expect(delay).toBeLessThanOrEqual(500);
    });
  });

  describe('timeouts', () => {
    it('apply to each attempt: a slow first attempt times out, the retry succeeds', async () => {
      server.queue(
        { kind: 'slow', delayMs: 10_000, then: ok({ payload: [] }) },
        ok({ payload: [{ n: 2 }] }),
      );
      const records = await clientFor(server.url, { timeoutMs: 1_000, maxRetries: 1 })
        .masterData('T')
        .records();
      expect(records).toEqual([{ n: 2 }]);
    });

    it('cover the whole attempt: a body that keeps trickling in times out', async () => {
      // Never idle for long, so only a limit on the whole attempt (not a socket idle timeout) stops it.
      server.queue({ kind: 'drip', intervalMs: 20 });
      const error = await rejectionOf(
        clientFor(server.url, { timeoutMs: 1_000 }).masterData('T').delete({ a: 1 }),
      );
      expect(error).toBeInstanceOf(BlizWorkTimeoutError);
      expect(server.requests).toHaveLength(1);
    });

    it('reject a write that gets no reply with BlizWorkTimeoutError and its cause', async () => {
      server.queue({ kind: 'slow', delayMs: 5_000 });
      const error = await rejectionOf(
        clientFor(server.url, { timeoutMs: 100 }).masterData('T').delete({ a: 1 }),
      );
      expect(error).toBeInstanceOf(BlizWorkTimeoutError);
      expect(error).toMatchObject({ timeoutMs: 100, operation: 'deleteMasterData' });
      expect(error.cause).toBeInstanceOf(Error);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('raw calls', () => {
    it('are retried as the spec says (x-blizwork-retry-safe) unless told otherwise', async () => {
      const bw = clientFor(server.url, { maxRetries: 1 });
      const write = { body: { table: 'T', filter: { a: 1 }, update: { b: 2 } } };
      server.queue(unavailable);
      await rejectionOf(bw.raw(upsertMasterData, write));
      expect(server.requests).toHaveLength(1);
      server.queue(unavailable, ok({ payload: {} }));
      expect(await bw.raw(upsertMasterData, write, { retry: true })).toEqual({
        resultCode: 0,
        resultMessage: 'OK',
        payload: {},
      });
      expect(server.requests).toHaveLength(3);
      const body = { userId: 'ana@acme.test', processId: 'p' };
      server.queue(unavailable, ok({ payload: [] }));
      expect(await bw.raw(listCases, { body })).toMatchObject({ payload: [] });
      expect(server.requests).toHaveLength(5);
      server.queue(unavailable);
      await rejectionOf(bw.raw(listCases, { body }, { retry: false }));
      expect(server.requests).toHaveLength(6);
    });

    it('do not retry what is not retryable even with { retry: true }', async () => {
      server.queue({ kind: 'json', body: { resultCode: 101 } });
      const error = await rejectionOf(
        clientFor(server.url).raw(
          listCases,
          { body: { userId: 'u', processId: 'p' } },
          { retry: true },
        ),
      );
      expect(error).toBeInstanceOf(UnexpectedServerError);
      expect(server.requests).toHaveLength(1);
    });
  });
});

describe('which operations the pipeline retries by default', () => {
  // What the spec says, not a list in the SDK: an operation new in the spec is retried when its
  // generated metadata says `x-blizwork-retry-safe: true`, with nothing to add to the SDK.
  it.each([true, false])(
    'an operation whose spec metadata says retrySafe: %s',
    async (retrySafe) => {
      const pipeline = new RequestPipeline(
        resolveOptions({ token: 'tok', userId: 'u', baseUrl: server.url, maxRetries: 1 }),
      );
      const newRead = Object.assign(listCases.bind(undefined), {
        '~blizwork': { ...listCases['~blizwork'], operationId: 'testFixtureNewRead', retrySafe },
      });
      server.queue(
        { kind: 'json', status: 503, body: {}, headers: { 'retry-after': '0' } },
        ok({ payload: [] }),
      );
      await pipeline
        .send(
          newRead,
          { body: { userId: 'u', processId: 'p' } },
          { operation: 'testFixtureNewRead' },
        )
        .catch(() => undefined);
      expect(server.requests).toHaveLength(retrySafe ? 2 : 1);
    },
  );
});
