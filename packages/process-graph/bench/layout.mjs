// Layout time of a 50-form process (target: under 100 ms), side by side with the 4-form sales
// process as the baseline, and the whole SVG (graph + layout + text) of the 50-form one.
// Run after `pnpm build`: `pnpm --filter @blizwork/process-graph bench`.
import {
  buildProcessGraph,
  layoutProcessGraph,
  processGraphSvg,
  svgToString,
} from '../dist/index.mjs';

/** 50 forms: a main line with skips forward, loops back and names on some forms. */
export function fiftyForms() {
  const forms = [];
  for (let i = 0; i < 50; i += 1) {
    const next = [];
    if (i + 1 < 50) next.push(`form-${i + 1}`);
    if (i % 3 === 0 && i + 3 < 50) next.push(`form-${i + 3}`);
    if (i % 7 === 6) next.push(`form-${i - 5}`);
    if (i % 11 === 10 && i + 6 < 50) next.push(`form-${i + 6}`);
    forms.push({
      formId: `form-${i}`,
      ...(i % 4 === 0 ? { name: `Step ${i} of the flow` } : {}),
      nextFormIds: next,
    });
  }
  return { processId: 'fifty-forms', forms };
}

const sales = {
  processId: 'sales-process',
  forms: [
    { formId: 'lead', nextFormIds: ['qualification'] },
    { formId: 'qualification', nextFormIds: ['won', 'lost'] },
    { formId: 'won', nextFormIds: [] },
    { formId: 'lost', nextFormIds: [] },
  ],
};

const ROUNDS = Number(process.argv[2] ?? 40);

/**
 * Median, minimum and 90th percentile of `ROUNDS` runs of `run` (after 10 warm-up runs), in CPU
 * time of this process (user + system), which other processes on a busy machine move far less
 * than wall time; the wall-time median is printed beside it.
 */
function measure(run) {
  for (let i = 0; i < 10; i += 1) run();
  const cpu = [];
  const wall = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  const at = (list, share) => list[Math.min(list.length - 1, Math.floor(list.length * share))];
  return { median: at(cpu, 0.5), min: cpu[0], p90: at(cpu, 0.9), wall: at(wall, 0.5) };
}

const big = buildProcessGraph(fiftyForms());
const small = buildProcessGraph(sales);
// Interleaved, so background load hits both alike.
const rows = [
  ['layout, 4 forms (baseline)', () => layoutProcessGraph(small)],
  ['layout, 50 forms', () => layoutProcessGraph(big)],
  [
    'graph + layout + SVG text, 50 forms',
    () => svgToString(processGraphSvg(layoutProcessGraph(buildProcessGraph(fiftyForms())))),
  ],
].map(([name, run]) => [name, measure(run)]);
const baseline = rows[0][1].median;
console.log(`process-graph layout (${ROUNDS} rounds, dagre):`);
for (const [name, { median, min, p90, wall }] of rows) {
  console.log(
    `  ${name.padEnd(38)} CPU median ${median.toFixed(1).padStart(6)} ms  min ${min.toFixed(1).padStart(6)} ms  p90 ${p90.toFixed(1).padStart(6)} ms  (wall median ${wall.toFixed(1)} ms)  ×${(median / baseline).toFixed(1)} baseline`,
  );
}
const fifty = rows[1][1].median;
console.log(
  `  50-form layout: ${fifty.toFixed(1)} ms CPU median, ${(fifty / 100).toFixed(2)} of the 100 ms target ${fifty < 100 ? '(met)' : '(NOT met)'}`,
);
