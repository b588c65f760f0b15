// Client-side pacing through the whole client, against the fault server (a real local HTTP server).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BlizWorkAbortError,
  BlizWorkTimeoutError,
  SlotTimeoutError,
  type RateLimiter,
} from '../../src/index.node.js';
import { clientFor, recordingLogger, rejectionOf } from '../helpers/clients.js';
import { ok, useFaultServer, type Fault } from '@blizwork/test-support/fault-server';

const server = useFaultServer();
beforeEach(() => {
  server.fallback = ok({ payload: [] });
});
const tableOf = (request: { body: unknown }) => (request.body as { table: string }).table;

describe('a client with rateLimit', () => {
  it('sends queued calls in the order they were made (FIFO)', async () => {
    // The order calls leave the client: requests may overtake each other on the wire.
    const sent: string[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      sent.push(tableOf({ body: JSON.parse(await new Request(input, init).text()) }));
      return fetch(input, init);
    };
    const bw = clientFor(server.url, {
      rateLimit: { transactionsPerSecond: 20 },
      fetch: recordingFetch,
    });
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    await Promise.all(names.map((name) => bw.masterData(name).upsert({ id: 1 }, { x: 1 })));
    expect(sent).toEqual(names);
    expect(server.requests).toHaveLength(names.length);
  });

  it('rejects a call whose signal aborts while it waits, sends nothing, and frees its place', async () => {
    const bw = clientFor(server.url, { rateLimit: { transactionsPerSecond: 2 } });
    await bw.masterData('first').records();
    const controller = new AbortController();
    const waiting = rejectionOf(
      bw.masterData('aborted').records({}, { signal: controller.signal }),
    );
    const next = bw.masterData('next').records();
    controller.abort(new Error('user left'));
    const error = await waiting;
    expect(error).toBeInstanceOf(BlizWorkAbortError);
    expect((error.cause as Error).message).toBe('user left');
    await next;
    expect(server.requests.map(tableOf)).toEqual(['first', 'next']);
  });

  it('rejects with SlotTimeoutError (a BlizWorkTimeoutError) when the wait outlasts timeoutMs', async () => {
    const bw = clientFor(server.url, {
      rateLimit: { transactionsPerSecond: 0.1 },
      timeoutMs: 1_000,
    });
    await bw.masterData('first').records();
    const error = await rejectionOf(bw.masterData('second').upsert({ id: 1 }, { x: 1 }));
    expect(error).toBeInstanceOf(SlotTimeoutError);
    expect(error).toBeInstanceOf(BlizWorkTimeoutError);
    expect(error.message).toMatch(/no rate-limit slot within 1000 ms \(nothing was sent\)/);
    expect(server.requests).toHaveLength(1);
  });

  it('shares one limiter with the clients withOptions derives', async () => {
    const bw = clientFor(server.url, {
      rateLimit: { transactionsPerSecond: 0.1 },
      timeoutMs: 1_000,
    });
    await bw.masterData('first').records();
    const draft = bw.withOptions({ environment: 'draft' });
    expect(await rejectionOf(draft.masterData('second').records())).toBeInstanceOf(
      SlotTimeoutError,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('gives a derived client its own limiter when withOptions sets rateLimit', async () => {
    const bw = clientFor(server.url, {
      rateLimit: { transactionsPerSecond: 0.1 },
      timeoutMs: 1_000,
    });
    await bw.masterData('first').records();
    await bw
      .withOptions({ rateLimit: { transactionsPerSecond: 0.1 } })
      .masterData('own')
      .records();
    expect(server.requests).toHaveLength(2);
  });

  it('logs the wait for a slot apart from the request time', async () => {
    const logger = recordingLogger();
    const bw = clientFor(server.url, { rateLimit: { transactionsPerSecond: 10 }, logger });
    await Promise.all([bw.masterData('a').records(), bw.masterData('b').records()]);
    const lines = logger.lines.filter((line) => line.level === 'debug').map((line) => line.text);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/attempt 1: 200 in \d+ ms after waiting 0 ms for a rate-limit slot/);
    expect(lines[1]).toMatch(
      /after waiting [1-9]\d* ms for a rate-limit slot .*"slotWaitMs":[1-9]/,
    );
  });

  it('waits on a custom limiter, and tells it to back off after code 200', async () => {
    const calls: string[] = [];
    const limiter: RateLimiter = {
      acquire: async () => void calls.push('acquire'),
      backOff: (retryAfterMs) => void calls.push(`backOff ${String(retryAfterMs)}`),
    };
    const refused: Fault = {
      kind: 'json',
      body: { resultCode: 200, resultMessage: 'limit' },
      headers: { 'retry-after': '0' },
    };
    server.queue(refused, ok({ payload: [] }));
    await clientFor(server.url, { rateLimit: { limiter } }).masterData('T').records({ id: 1 });
    expect(calls).toEqual(['acquire', 'backOff 0', 'acquire']);
  });
});

describe('the rateLimit option', () => {
  it.each<[string, unknown, RegExp]>([
    ['a number', 5, /must be \{ transactionsPerSecond/],
    ['two shapes at once', { plan: 'medio', transactionsPerSecond: 1 }, /must be/],
    ['an unknown plan', { plan: 'gold' }, /\.plan must be one of free, basico/],
    ['a zero rate', { transactionsPerSecond: 0 }, /allows 0 transactions per second/],
    ['a negative rate', { transactionsPerSecond: -1 }, /must be a number above 0/],
    ['a limiter without acquire', { limiter: {} }, /\.limiter must have an acquire\(\) method/],
  ])('rejects %s with a TypeError that says how to fix it', (_label, rateLimit, message) => {
    expect(() => clientFor(server.url, { rateLimit: rateLimit as never })).toThrow(message);
  });

  it('accepts every plan, and corporativo (maximum capacity) sends without waiting', async () => {
    for (const plan of ['free', 'basico', 'medio', 'avanzado', 'empresa', 'corporativo'] as const) {
      expect(() => clientFor(server.url, { rateLimit: { plan } })).not.toThrow();
    }
    const logger = recordingLogger();
    const bw = clientFor(server.url, { rateLimit: { plan: 'corporativo' }, logger });
    await Promise.all(Array.from({ length: 20 }, () => bw.masterData('T').records()));
    expect(server.requests).toHaveLength(20);
    expect(logger.lines.filter((line) => line.text.includes('rate-limit slot'))).toEqual([]);
  });
});
