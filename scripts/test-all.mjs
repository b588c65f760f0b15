// `pnpm test`: every check CI runs, in order, stopping at the first failure. The last line is
// `N passed, N failed` with the test totals summed from each package's vitest JSON report (the
// local registry release run, tests/release, included) and the runtime matrix's report
// (tests/runtimes: the shared scenario on every supported runtime).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
};
const workspaceDirs = ['packages', 'examples', 'tests'].flatMap((group) =>
  existsSync(group) ? readdirSync(group).map((name) => join(group, name)) : [],
);
const reportOf = (dir) => join(dir, 'test-results', 'vitest.json');
const matrixReport = join('tests', 'runtimes', 'test-results', 'runtimes.json');

const steps = [
  ['system packages', ['node', 'scripts/system-deps.mjs']],
  ['format check', ['pnpm', 'run', 'format:check']],
  ['lint', ['pnpm', 'run', 'lint']],
  ['workflow lint', ['pnpm', 'run', 'lint:workflows']],
  ['spec lint', ['pnpm', 'run', 'lint:spec']],
  ['generated drift check', ['pnpm', 'run', 'check:generated']],
  ['build', ['pnpm', 'exec', 'turbo', 'run', 'build']],
  ['typecheck', ['pnpm', 'exec', 'turbo', 'run', 'typecheck']],
  ['tests', ['pnpm', 'exec', 'turbo', 'run', 'test', '--concurrency=1']],
  ['install runtimes', ['node', 'scripts/install-runtimes.mjs']],
  ['runtime matrix', ['pnpm', '--filter', '@blizwork/runtime-matrix', 'run', 'test:runtimes']],
  ['package checks', ['pnpm', 'exec', 'turbo', 'run', 'check:package']],
  ['local registry release run', ['pnpm', 'run', 'test:release']],
];

for (const dir of workspaceDirs)
  rmSync(join(dir, 'test-results'), { recursive: true, force: true });

let failedStep;
for (const [label, [command, ...args]] of steps) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    failedStep = label;
    break;
  }
}

let passed = 0;
let failed = 0;
for (const dir of workspaceDirs) {
  if (!existsSync(reportOf(dir))) continue;
  const report = JSON.parse(readFileSync(reportOf(dir), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (existsSync(matrixReport)) {
  const matrix = JSON.parse(readFileSync(matrixReport, 'utf8'));
  for (const runtime of matrix.runtimes) {
    console.log(`runtime ${runtime.runtime}: ${runtime.passed} passed, ${runtime.failed} failed`);
  }
  console.log(`runtime matrix took ${matrix.seconds} s`);
  passed += matrix.passed;
  failed += matrix.failed;
}
if (failedStep) {
  console.log(`\nFAILED at step: ${failedStep}`);
  // A failed step counts as a failure even when no test ran.
  if (failed === 0) failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
