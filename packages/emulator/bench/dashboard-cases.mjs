// The dashboard with 10,000 cases: the admin API's case page (filter + one page of 50, newest
// first) side by side with the BlizWork listCases operation over the same process (all 10,003
// summaries, the baseline), and the time to serialize and atomically save the whole state.
// Run with `node bench/dashboard-cases.mjs` after `pnpm build`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSeed, startEmulator } from '../dist/index.mjs';

const cases = Array.from({ length: 10_000 }, (_, index) => ({
  companyId: defaultSeed.companies[0].companyId,
  processId: 'sales-process',
  caseNumber: 100 + index,
  fields: { customer_name: `Customer ${index}`, amount: index },
}));
const emulator = await startEmulator({
  dashboard: true,
  seed: { ...defaultSeed, cases: [...defaultSeed.cases, ...cases] },
});

async function timeRequests(label, count, send) {
  await send(); // warm up
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await send();
  const perRequest = (performance.now() - started) / count;
  console.log(`${label.padEnd(44)} ${perRequest.toFixed(2)} ms/request`);
  return perRequest;
}

const query = `companyId=${emulator.companyId}&processId=sales-process`;
const page = await timeRequests('admin API: cases page of 50', 50, () =>
  fetch(`${emulator.url}/_emulator/api/cases?${query}`).then((reply) => reply.arrayBuffer()),
);
const search = await timeRequests('admin API: cases page, searching "customer 9"', 50, () =>
  fetch(`${emulator.url}/_emulator/api/cases?${query}&q=customer%209`).then((reply) =>
    reply.arrayBuffer(),
  ),
);
const baseline = await timeRequests('baseline: listCases (all 10,003 summaries)', 50, () =>
  fetch(`${emulator.url}/process/case-list/${emulator.token}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: emulator.userId, processId: 'sales-process', filter: {} }),
  }).then((reply) => reply.arrayBuffer()),
);
console.log(
  `ratio page/baseline ${(page / baseline).toFixed(2)}, search/baseline ${(search / baseline).toFixed(2)}`,
);

const file = join(mkdtempSync(join(tmpdir(), 'bench-export-')), 'state.json');
const saves = 10;
const started = performance.now();
for (let index = 0; index < saves; index += 1) await emulator.exportState(file);
console.log(
  `save of the whole state (10,003 cases): ${((performance.now() - started) / saves).toFixed(1)} ms`,
);
await emulator.close();
