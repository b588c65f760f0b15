// How long a fresh Node process takes to import the SDK (ESM and CJS builds), next to the
// generated client alone and to an empty import, as the median of several fresh processes.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const sdkDir = process.env.BLIZWORK_SDK_DIR ?? process.cwd();
const RUNS = 15;
const cases = {
  'nothing (node:path)': `import('node:path')`,
  '@blizwork/client (ESM)': `import('@blizwork/client')`,
  '@blizwork/sdk (ESM)': `import(${JSON.stringify(join(sdkDir, 'dist/index.mjs'))})`,
  '@blizwork/sdk (CJS require)': `Promise.resolve(require(${JSON.stringify(join(sdkDir, 'dist/index.cjs'))}))`,
};

function importMs(expression: string): number {
  const script = `const t = performance.now(); ${expression}.then(() => console.log(performance.now() - t));`;
  return Number(
    execFileSync(process.execPath, ['-e', script], { cwd: sdkDir, encoding: 'utf8' }).trim(),
  );
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN;

console.log(`\nimport time in a fresh process (median of ${RUNS})`);
for (const [label, expression] of Object.entries(cases)) {
  const times = Array.from({ length: RUNS }, () => importMs(expression));
  console.log(`  ${label.padEnd(30)} ${median(times).toFixed(1).padStart(6)} ms`);
}
