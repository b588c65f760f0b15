// How long a fresh Node process takes to import the SDK (the one-file ESM and CJS builds), next to
// the generated client alone and to an empty module of the same kind, as the median of fresh
// processes. The empty module is a file, not a builtin: the first import of a file starts Node's
// ESM loader, which costs far more than the SDK itself and is paid by any application anyway. The
// cases run interleaved (one process of each per round), so load on the machine hits them alike;
// each line prints its median and its cost over its empty module (the target: ≤ 20 ms).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sdkDir = process.env.BLIZWORK_SDK_DIR ?? process.cwd();
/** What Node loads for `@blizwork/sdk`: the Node entry (`node` condition), where the build has one. */
const nodeEntry = (extension: string): string => {
  const file = join(sdkDir, `dist/index.node.${extension}`);
  return existsSync(file) ? file : join(sdkDir, `dist/index.${extension}`);
};
const RUNS = 21;
const emptyDir = mkdtempSync(join(tmpdir(), 'blizwork-import-time-'));
const emptyEsm = join(emptyDir, 'empty.mjs');
const emptyCjs = join(emptyDir, 'empty.cjs');
writeFileSync(emptyEsm, 'export {};\n');
writeFileSync(emptyCjs, '\n');
const esmImport = (file: string): string => `import(${JSON.stringify(file)})`;
const cjsRequire = (file: string): string => `Promise.resolve(require(${JSON.stringify(file)}))`;
/** Each case's expression and the label of the empty case it is compared with. */
const cases: Record<string, { expression: string; baseline?: string }> = {
  'empty module (ESM)': { expression: esmImport(emptyEsm) },
  'empty module (CJS require)': { expression: cjsRequire(emptyCjs) },
  '@blizwork/client (ESM)': {
    expression: `import('@blizwork/client')`,
    baseline: 'empty module (ESM)',
  },
  '@blizwork/sdk (ESM)': {
    expression: esmImport(nodeEntry('mjs')),
    baseline: 'empty module (ESM)',
  },
  '@blizwork/sdk (CJS require)': {
    expression: cjsRequire(nodeEntry('cjs')),
    baseline: 'empty module (CJS require)',
  },
};

function importMs(expression: string): number {
  const script = `const t = performance.now(); ${expression}.then(() => console.log(performance.now() - t));`;
  return Number(
    execFileSync(process.execPath, ['-e', script], { cwd: sdkDir, encoding: 'utf8' }).trim(),
  );
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;

const times = new Map<string, number[]>(Object.keys(cases).map((label) => [label, []]));
try {
  for (let round = 0; round < RUNS; round++) {
    for (const [label, { expression }] of Object.entries(cases)) {
      times.get(label)?.push(importMs(expression));
    }
  }
} finally {
  rmSync(emptyDir, { recursive: true, force: true });
}
const medians = new Map([...times].map(([label, values]) => [label, median(values)]));
console.log(`\nimport time in a fresh process (median of ${RUNS}, interleaved)`);
for (const [label, { baseline }] of Object.entries(cases)) {
  const ms = medians.get(label) ?? Number.NaN;
  const over =
    baseline === undefined
      ? ''
      : `  +${(ms - (medians.get(baseline) ?? Number.NaN)).toFixed(1)} ms over the empty module`;
  console.log(`  ${label.padEnd(30)} ${ms.toFixed(1).padStart(6)} ms${over}`);
}
