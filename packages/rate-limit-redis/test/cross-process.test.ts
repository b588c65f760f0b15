// End-to-end: separate Node processes (test/helpers/paced-worker.mjs) share one Redis-backed budget
// against one emulator company whose plan the emulator enforces (code 200 over it).
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from './helpers/redis-server.mjs';
import { spawnWorker, type Worker, type WorkerSettings } from './helpers/spawn-worker.mjs';

const PLAN_RATE = 5;
let emulator: Emulator;
let redisServer: RedisServer;
let workers: Worker[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ transactionsPerSecond: PLAN_RATE });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  redisServer = await startRedisServer();
});
afterEach(async () => {
  for (const worker of workers) worker.kill();
  workers = [];
  await redisServer.stop();
});

const settings = (extra: Partial<WorkerSettings>): WorkerSettings => ({
  redisPort: redisServer.port,
  emulatorUrl: emulator.url,
  token: emulator.token,
  userId: emulator.userId,
  companyId: emulator.companyId,
  transactionsPerSecond: PLAN_RATE,
  ...extra,
});

/** Starts the workers; `onCall` sees every call any of them reports. */
const start = (count: number, extra: Partial<WorkerSettings>, onCall?: () => void) => {
  workers = Array.from({ length: count }, () => spawnWorker(settings(extra), { onCall }));
  return Promise.all(workers.map((worker) => worker.done));
};

describe('a Redis-backed budget shared by two processes', () => {
  it('keeps both under the plan (0 code-200 replies) and lets both do their share', async () => {
    // 24 calls at 5 tx/s: far more than the emulator's burst of 5, so uncoordinated workers would
    // see code 200 within the first second.
    const reports = await start(2, { calls: 12 });
    expect(reports.map((report) => report.sent)).toEqual([12, 12]);
    expect(reports.map((report) => report.code200)).toEqual([0, 0]);
    expect(reports.map((report) => report.storeError)).toEqual([null, null]);
  });

  it('fails the waiting calls with RateLimitStoreError, sending nothing more, when Redis dies mid-run', async () => {
    let calls = 0;
    const stopping: Promise<void>[] = [];
    const reports = await start(2, { calls: 1000 }, () => {
      if (++calls === 6) stopping.push(redisServer.stop({ abruptly: true }));
    });
    await Promise.all(stopping);
    for (const report of reports) {
      expect(report.storeError).toEqual({ name: 'RateLimitStoreError', hasCause: true });
      expect(report.code200).toBe(0);
    }
    // Nothing was sent once Redis was gone, apart from calls whose slot was already taken.
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBeLessThan(12);
  });

  it("falls back to a slower in-process budget with onRedisError: 'local', still with 0 code-200 replies", async () => {
    let calls = 0;
    const stopping: Promise<void>[] = [];
    // Each process falls back to a quarter of the plan, so two of them stay under it together.
    const reports = await start(2, { calls: 8, onRedisError: 'local' }, () => {
      if (++calls === 4) stopping.push(redisServer.stop({ abruptly: true }));
    });
    await Promise.all(stopping);
    expect(reports.map((report) => report.sent)).toEqual([8, 8]);
    expect(reports.map((report) => report.code200)).toEqual([0, 0]);
    expect(reports.map((report) => report.storeError)).toEqual([null, null]);
  });
});

describe('a fractional plan rate end to end', () => {
  // At 1 tx/s and less the emulator allows no burst: a call that reaches it even a little early is
  // refused, and a busy machine delays one call more than the next well past the 5 % margin (see
  // the README). So the pacing is checked by what no delay can make earlier: the k-th slot is
  // granted k windows of 2 s after the first. A refused call is resent after backOff(), as the SDK
  // does, and all three land.
  it('paces 0.5 tx/s as one call every two seconds, and the emulator at 0.5 takes all 3', async () => {
    const slow = await startEmulator({ transactionsPerSecond: 0.5 });
    try {
      workers = [
        spawnWorker({
          ...settings({ calls: 3, transactionsPerSecond: 0.5, resendRefused: true }),
          emulatorUrl: slow.url,
          token: slow.token,
          userId: slow.userId,
          companyId: slow.companyId,
        }),
      ];
      const [report] = await Promise.all(workers.map((worker) => worker.done));
      expect(report).toMatchObject({ storeError: null });
      expect(report!.sent - report!.code200).toBe(3);
      // Redis expires a window's key to the millisecond: 50 ms of slack. At a wrongly rounded
      // 1 tx/s the second slot would come after about 1 s.
      report!.grantsMs.forEach((grantedAt, k) =>
        expect(grantedAt, `slot ${k} of ${report!.grantsMs.join(', ')}`).toBeGreaterThanOrEqual(
          k * 2_000 - 50,
        ),
      );
    } finally {
      await slow.close();
    }
  });
});
