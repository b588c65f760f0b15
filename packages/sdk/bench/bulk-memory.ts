// Target: upsertMany of 100k generated rows against the emulator with no limit grows the client's
// RSS by less than 100 MB. The emulator runs in another process (its table is not the client's
// memory); rows cycle over 1,000 keys so that its table, scanned on every upsert, stays small.
// BENCH_BULK_ROWS changes the row count.
import { BlizWork } from '@blizwork/sdk';
import { startEmulatorProcess } from './emulator-process.js';

const ROWS = Number(process.env.BENCH_BULK_ROWS ?? 100_000);
const BUDGET_MB = 100;
const MB = 1024 * 1024;

function* generatedRows(count: number) {
  for (let i = 0; i < count; i++) {
    yield { sku: `SKU-${i % 1000}`, nombre: `Producto ${i}`, precio: i, notas: 'x'.repeat(200) };
  }
}

const emulator = await startEmulatorProcess();
try {
  const bw = new BlizWork(emulator.clientOptions);
  const table = bw.masterData('Productos');
  await table.upsertMany(generatedRows(2_000), { key: 'sku', concurrency: 8 }); // warm-up
  const before = process.memoryUsage().rss;
  let peak = before;
  const report = await table.upsertMany(generatedRows(ROWS), {
    key: 'sku',
    concurrency: 8,
    total: ROWS,
    onProgress: ({ done }) => {
      if (done % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    },
  });
  const growth = (peak - before) / MB;
  console.log(
    `bulk-memory: ${report.succeeded}/${ROWS} upserts in ${(report.elapsedMs / 1000).toFixed(1)} s; ` +
      `peak RSS growth ${growth.toFixed(1)} MB = ${(growth / BUDGET_MB).toFixed(3)}x the ${BUDGET_MB} MB budget ` +
      `(RSS ${(before / MB).toFixed(0)} -> peak ${(peak / MB).toFixed(0)} MB); failed: ${report.failed.length}`,
  );
} finally {
  emulator.stop();
}
