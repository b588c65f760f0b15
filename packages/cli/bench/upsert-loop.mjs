// The baseline of import-throughput: a hand-written loop of `upsert` calls with the same
// concurrency as the CLI, on rows already in memory (args: csv file, table, concurrency).
import { BlizWork } from '@blizwork/sdk';
import { readFileSync } from 'node:fs';

const [file, table, concurrencyText] = process.argv.slice(2);
const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
const columns = header.split(',');
// The bench's own CSV has no quoting: a split is enough for the baseline.
const rows = lines.map((line) =>
  Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])),
);
const bw = BlizWork.fromEnv();
const target = bw.masterData(table);
let next = 0;
const worker = async () => {
  while (next < rows.length) {
    const row = rows[next++];
    await target.upsert({ sku: row.sku }, row);
  }
};
await Promise.all(Array.from({ length: Number(concurrencyText) }, worker));
