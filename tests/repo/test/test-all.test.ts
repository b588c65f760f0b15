// `pnpm test` (scripts/test-all.mjs) run the way the README says, on a temporary copy whose step
// list is replaced by quick stand-in steps that fail on demand: a failed step does not stop the
// steps that do not need it, the steps that need it are skipped, the summary names both, the exit
// code is 1, and the last line printed is `N passed, N failed` (not pnpm's `ELIFECYCLE`).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withOutput } from '../../../test-support/process-output.mjs';
import { repositoryRoot } from './published-entry-points.js';

const rootFile = (file: string) => readFileSync(join(repositoryRoot, file), 'utf8');

/** The README's test command: the last one of the second "Two commands" line. */
function readmeTestCommand(): string {
  const line = rootFile('README.md')
    .split('\n')
    .find((text) => text.startsWith('corepack enable && pnpm install') && /\btest$/.test(text));
  const command = line?.split('&&').at(-1)?.trim();
  if (command === undefined) throw new Error('README.md: no "corepack enable && … test" line');
  return command;
}

// Each stand-in step records that it ran; `tests` writes two packages' vitest reports (one failed
// test when it fails), `release run` one more, and `runtime matrix` the matrix report. FAIL lists
// the steps that fail.
const FAKE_STEP = `
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
const name = process.argv[2];
const fails = (process.env.FAIL ?? '').split(',').includes(name);
appendFileSync('ran.txt', name + '\\n');
const report = (dir, file, body) => {
  mkdirSync(dir + '/test-results', { recursive: true });
  writeFileSync(dir + '/test-results/' + file, typeof body === 'string' ? body : JSON.stringify(body));
};
const test = (fullName, status) => ({ fullName, status, failureMessages: status === 'failed' ? ['AssertionError: no'] : [] });
if (name === 'tests') {
  const a = [test('a one', 'passed'), test('a two', 'passed'), test('a three', 'passed')];
  if (fails) a.push(test('a four', 'failed'));
  report('packages/a', 'vitest.json', {
    numPassedTests: 3, numFailedTests: fails ? 1 : 0,
    testResults: [{ name: process.cwd() + '/packages/a/test/a.test.ts', status: fails ? 'failed' : 'passed', message: '', assertionResults: a }],
  });
  // BROKEN_REPORT: package b's report is cut short ('corrupt') or never written ('missing').
  if (process.env.BROKEN_REPORT === 'corrupt') report('packages/b', 'vitest.json', '');
  if (process.env.BROKEN_REPORT === undefined) {
    report('packages/b', 'vitest.json', {
      numPassedTests: 2, numFailedTests: 0,
      testResults: [{ name: process.cwd() + '/packages/b/test/b.test.ts', status: 'passed', message: '', assertionResults: [test('b one', 'passed'), test('b two', 'passed')] }],
    });
  }
}
if (name === 'release run') {
  report('tests/release', 'vitest.json', {
    numPassedTests: 1, numFailedTests: 0,
    testResults: [{ name: process.cwd() + '/tests/release/test/r.test.ts', status: 'passed', message: '', assertionResults: [test('r one', 'passed')] }],
  });
}
if (name === 'runtime matrix') {
  report('tests/runtimes', 'runtimes.json', { passed: 2, failed: 0, seconds: '0.1', runtimes: [{ runtime: 'node20', passed: 2, failed: 0, results: [] }] });
}
console.log('stand-in step ' + name + (fails ? ' fails' : ' passes'));
process.exit(fails ? 1 : 0);
`;

const FAKE_STEPS = `
const step = (name, extra = {}) => ({ name, command: ['node', 'fake-step.mjs', name], ...extra });
export const steps = [
  step('format check'),
  step('build'),
  step('lint', { needs: ['build'] }),
  step('tests', { needs: ['build'], report: 'vitest', suite: true }),
  step('install runtimes'),
  step('runtime matrix', { needs: ['build', 'install runtimes'], report: 'runtimes', suite: true }),
  step('package checks', { needs: ['build'] }),
  step('release run', { needs: ['build'], report: 'vitest', reportDirs: ['tests/release'], suite: true }),
];
`;

interface Step {
  name: string;
  command: string[];
  needs?: string[];
}
const stepsModule = new URL('../../../scripts/test-suite/steps.mjs', import.meta.url);
const runStepsModule = new URL('../../../scripts/test-suite/run-steps.mjs', import.meta.url);
const { steps } = (await import(stepsModule.href)) as { steps: Step[] };
const { checkSteps } = (await import(runStepsModule.href)) as {
  checkSteps: (list: Step[]) => void;
};

describe("pnpm test's step list", () => {
  it('is well formed: unique names, each needing earlier steps only', () => {
    expect(() => checkSteps(steps)).not.toThrow();
  });

  it('names only root scripts that exist, and runs every check script the repository has', () => {
    const { scripts } = JSON.parse(rootFile('package.json')) as { scripts: Record<string, string> };
    const runs = steps.flatMap(({ command }) =>
      command[0] === 'pnpm' && command[1] === 'run' ? [command[2] ?? ''] : [],
    );
    for (const script of runs) expect(Object.keys(scripts), script).toContain(script);
    // The checks CI relies on, the workflow lint and the local registry release run included.
    const checks = Object.keys(scripts).filter((script) =>
      /^(lint|format:check|check:generated|test:release)/.test(script),
    );
    expect(checks.filter((script) => !runs.includes(script))).toEqual([]);
  });
});

let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'test-all-'));
  cpSync(join(repositoryRoot, 'scripts'), join(copy, 'scripts'), { recursive: true });
  writeFileSync(join(copy, 'scripts', 'test-suite', 'steps.mjs'), FAKE_STEPS);
  writeFileSync(join(copy, 'fake-step.mjs'), FAKE_STEP);
  // Two packages with tests (the tests step's reports), the runtime matrix's folder, and one that
  // only the release run reports from (counted once, not also as the tests step's).
  for (const dir of ['packages/a', 'packages/b', 'tests/runtimes', 'tests/release']) {
    mkdirSync(join(copy, dir), { recursive: true });
    const scripts = dir.startsWith('packages/') ? { test: 'vitest run' } : {};
    writeFileSync(join(copy, dir, 'package.json'), JSON.stringify({ name: dir, scripts }));
  }
  const manifest = JSON.parse(rootFile('package.json')) as {
    packageManager: string;
    scripts: { test: string };
  };
  writeFileSync(
    join(copy, 'package.json'),
    JSON.stringify({
      name: 'test-all-copy',
      private: true,
      type: 'module',
      packageManager: manifest.packageManager,
      scripts: { test: manifest.scripts.test },
    }),
  );
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Runs the README's test command in the copy with the given steps failing. */
function runTest(failing: string[], brokenReport?: 'corrupt' | 'missing') {
  rmSync(join(copy, 'ran.txt'), { force: true });
  // Nothing of the pnpm running this suite may reach the inner pnpm: `-s` here would hide what
  // the README's command prints.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|PNPM_)/i.test(name)),
  );
  const run = spawnSync('sh', ['-c', readmeTestCommand()], {
    cwd: copy,
    encoding: 'utf8',
    env: {
      ...env,
      COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
      FAIL: failing.join(','),
      ...(brokenReport === undefined ? {} : { BROKEN_REPORT: brokenReport }),
    },
  });
  const output = run.stdout + run.stderr;
  const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
  const ran = existsSync(join(copy, 'ran.txt'))
    ? readFileSync(join(copy, 'ran.txt'), 'utf8').trim().split('\n')
    : [];
  const message = withOutput(
    `${readmeTestCommand()} with FAIL=${failing.join(',')}`,
    'its output',
    output,
  );
  return { status: run.status, output, lastLine: lines.at(-1), ran, message };
}

describe('pnpm test, as the README runs it', () => {
  it('is the command CI runs', () => {
    expect(readmeTestCommand()).toMatch(/^pnpm .*\btest$/);
    expect(rootFile('.ci/run').split('\n')).toContain(readmeTestCommand());
  });

  it('runs every step that does not need a failed one, summarises, and ends with the totals', () => {
    const run = runTest(['format check', 'tests', 'install runtimes']);
    expect(run.status, run.message).toBe(1);
    expect(run.ran, run.message).toEqual([
      'format check',
      'build',
      'lint',
      'tests',
      'install runtimes',
      'package checks',
      'release run',
    ]);
    expect(run.output, run.message).toMatch(/^FAILED\s+format check\s/m);
    // Each step's own tests in its summary line.
    expect(run.output, run.message).toMatch(
      /^FAILED\s+tests\s+[\d.]+ s, 5 passed, 1 failed, exit code 1$/m,
    );
    expect(run.output, run.message).toMatch(
      /^passed\s+release run\s+[\d.]+ s, 1 passed, 0 failed$/m,
    );
    expect(run.output, run.message).toMatch(/^skipped\s+runtime matrix\s+needs install runtimes$/m);
    expect(run.output, run.message).toContain(
      'Failed steps: format check; tests (1 failed); install runtimes',
    );
    expect(run.output, run.message).toContain('Skipped (a step they need failed): runtime matrix');
    // 6 passed tests; 1 failed test, plus one failure for each failed step without a failed test.
    expect(run.lastLine, run.message).toBe('6 passed, 3 failed');
    expect(run.output, run.message).not.toContain('ELIFECYCLE');
  });

  it('skips what needs the build when the build fails, and still ends with the totals', () => {
    const run = runTest(['build']);
    expect(run.status, run.message).toBe(1);
    expect(run.ran, run.message).toEqual(['format check', 'build', 'install runtimes']);
    expect(run.output, run.message).toContain(
      'Skipped (a step they need failed): lint, tests, runtime matrix, package checks, release run',
    );
    expect(run.lastLine, run.message).toBe('0 passed, 1 failed');
  });

  it('fails a test step whose report is missing instead of counting its tests as none', () => {
    const run = runTest([], 'missing');
    expect(run.status, run.message).toBe(1);
    expect(run.output, run.message).toMatch(
      /^FAILED\s+tests\s+[\d.]+ s, 3 passed, 0 failed, no test report from packages\/b$/m,
    );
    expect(run.output, run.message).toContain('Failed steps: tests');
    expect(run.lastLine, run.message).toBe('6 passed, 1 failed');
  });

  it('fails a test step whose report is unreadable, and still runs the summary and the totals', () => {
    const run = runTest([], 'corrupt');
    expect(run.status, run.message).toBe(1);
    expect(run.output, run.message).toMatch(
      /^FAILED\s+tests\s+[\d.]+ s, its report is unreadable: /m,
    );
    expect(run.output, run.message).toMatch(/^passed\s+release run\s/m);
    // The tests step is one failure; the release run and the runtime matrix still count.
    expect(run.lastLine, run.message).toBe('3 passed, 1 failed');
  });

  it('exits 0 with `N passed, 0 failed` when every step passes', () => {
    const run = runTest([]);
    expect(run.status, run.message).toBe(0);
    expect(run.ran, run.message).toHaveLength(8);
    expect(run.output, run.message).not.toContain('Failed steps');
    expect(run.lastLine, run.message).toBe('8 passed, 0 failed');
  });
});
