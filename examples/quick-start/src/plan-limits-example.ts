// The root README's "Plan limits" example, verbatim between the markers:
// test/plan-limits-example.test.ts checks that the README still shows exactly this code and runs
// it against the emulator.
import { BlizWork } from '@blizwork/sdk';

/** Runs the README's plan-limits example with the given client settings; returns what it printed. */
export async function planLimitsExample(options: ConstructorParameters<typeof BlizWork>[0]) {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  // readme:start
  const bw = new BlizWork({ ...options, rateLimit: { plan: 'empresa' } }); // 50 tx/s

  async function* productos() {
    // any iterable or async iterable: a CSV parser's stream is read only as calls finish
    for (let i = 1; i <= 100; i++) yield { sku: `SKU-${i}`, precio: i * 10 };
  }
  const report = await bw.masterData('Productos').upsertMany(productos(), {
    key: 'sku', // the column(s) that identify a row
    total: 100,
    onProgress: ({ done, total, failed }) =>
      done % 50 === 0 && log(`${done}/${total}, ${failed} failed`),
  });
  log(report.succeeded, report.failed.length); // 50/100, 0 failed; 100/100, 0 failed; 100 0
  for (const { index, error } of report.failed) log(`row ${index}: ${error.message}`);
  // readme:end
  return lines;
}
