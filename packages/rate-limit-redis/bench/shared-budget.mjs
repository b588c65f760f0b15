// Benchmark (issue 12 target): four Node processes share one Redis-backed budget against one
// emulator company limited to 5 tx/s. Targets: aggregate achieved rate between 0.9× and 1.0× the plan
// rate, 0 code-200 replies, and no process starved (each does ≥ 0.15 of the calls).
// Side by side, the baseline: the same four processes each pacing to 5 tx/s on a budget of their own
// (what four uncoordinated servers do), which the emulator refuses with code 200.
// Usage: `pnpm --filter @blizwork/rate-limit-redis bench` (after `pnpm build`; needs redis-server).
import { startEmulator } from '@blizwork/emulator';
import { startRedisServer } from '../test/helpers/redis-server.mjs';
import { spawnWorker } from '../test/helpers/spawn-worker.mjs';

const PLAN_RATE = 5;
const PROCESSES = 4;
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 20_000);

async function run(label, shared) {
  const emulator = await startEmulator({ transactionsPerSecond: PLAN_RATE });
  const redis = await startRedisServer();
  const workers = Array.from({ length: PROCESSES }, (_, index) =>
    spawnWorker({
      redisPort: redis.port,
      emulatorUrl: emulator.url,
      token: emulator.token,
      userId: emulator.userId,
      companyId: emulator.companyId,
      transactionsPerSecond: PLAN_RATE,
      waitForGo: true,
      keyPrefix: shared ? undefined : `own-budget-${index}`,
    }),
  );
  try {
    // Start together once every process is up (on a loaded machine, starting takes seconds).
    await Promise.all(workers.map((worker) => worker.ready));
    const stopAt = Date.now() + MEASURE_MS;
    for (const worker of workers) worker.go(stopAt);
    const reports = await Promise.all(workers.map((worker) => worker.done));
    const sent = reports.map((report) => report.sent);
    const total = sent.reduce((sum, count) => sum + count, 0);
    const accepted = total - reports.reduce((sum, report) => sum + report.code200, 0);
    return {
      label,
      rateRatio: accepted / (MEASURE_MS / 1000) / PLAN_RATE,
      code200: total - accepted,
      shares: sent.map((count) => count / total),
    };
  } finally {
    for (const worker of workers) worker.kill();
    await redis.stop();
    await emulator.close();
  }
}

const fmt = (value) => value.toFixed(3);
const results = [await run('shared Redis budget', true), await run('baseline: own budgets', false)];
console.log(
  `${PROCESSES} processes, plan ${PLAN_RATE} tx/s, ${MEASURE_MS / 1000} s; rate ratio = accepted calls/s ÷ plan rate`,
);
for (const { label, rateRatio, code200, shares } of results) {
  console.log(
    `${label.padEnd(24)} rate ratio ${fmt(rateRatio)}  code-200 replies ${String(code200).padStart(4)}  ` +
      `shares ${shares.map(fmt).join(' ')} (min ${fmt(Math.min(...shares))})`,
  );
}
const [shared] = results;
const met =
  shared.rateRatio >= 0.9 &&
  shared.rateRatio <= 1.0 &&
  shared.code200 === 0 &&
  Math.min(...shared.shares) >= 0.15;
console.log(
  `targets (0.9 ≤ ratio ≤ 1.0, 0 code-200, min share ≥ 0.15): ${met ? 'met' : 'NOT met'}`,
);
