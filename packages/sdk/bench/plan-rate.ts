// Target: one process, emulator at 5 tx/s, 300 upserts through upsertMany with rateLimit at the
// same rate: the achieved rate is >= 0.95x the plan rate, and the server refuses none (code 200).
// BENCH_PLAN_ROWS changes the row count (a quick run: 50).
import { BlizWork } from '@blizwork/sdk';
import { refusalCountingFetch, startEmulatorProcess } from './emulator-process.js';

const PLAN_RATE = 5;
const ROWS = Number(process.env.BENCH_PLAN_ROWS ?? 300);

const emulator = await startEmulatorProcess(PLAN_RATE);
try {
  const counting = refusalCountingFetch();
  const bw = new BlizWork({
    ...emulator.clientOptions,
    fetch: counting.fetch,
    rateLimit: { transactionsPerSecond: PLAN_RATE },
  });
  // The first call takes the bucket's first slot; time from the start of the run to its end.
  const rows = Array.from({ length: ROWS }, (_, i) => ({ sku: `SKU-${i}`, precio: i }));
  const started = performance.now();
  const report = await bw.masterData('Productos').upsertMany(rows, { key: 'sku', concurrency: 4 });
  const seconds = (performance.now() - started) / 1000;
  // n calls evenly spaced span n-1 intervals.
  const achieved = (report.succeeded - 1) / seconds;
  console.log(
    `plan-rate: ${report.succeeded}/${ROWS} upserts in ${seconds.toFixed(1)} s at a plan of ${PLAN_RATE} tx/s: ` +
      `achieved ${achieved.toFixed(3)} tx/s = ${(achieved / PLAN_RATE).toFixed(3)}x the plan rate (target >= 0.95); ` +
      `code-200 replies: ${counting.refused()} (target 0); failed: ${report.failed.length}`,
  );
} finally {
  emulator.stop();
}
