// `pnpm test:stress [runs] [--filter <package>]... [<vitest file pattern>...]`: runs the test suite
// `runs` times (default 5) while a CPU hog (scripts/cpu-hog.mjs) keeps every core busy, then
// prints each test that failed at least once with how often, `N of M runs green`, and last
// `N passed, N failed` summed over all runs. Exit code 1 when any run had a failure.
//
//   pnpm test:stress 5                                   the whole suite: `pnpm test`'s test steps
//   pnpm test:stress 20 --filter @blizwork/cli           one package's tests
//   pnpm test:stress 20 --filter @blizwork/cli progress  its files matching a vitest pattern
//   pnpm test:stress 10 retries                          files matching the pattern, any package
//   --no-hog                                             the same runs on an idle machine
//
// The steps the suite needs first (the build, the system packages, the runtimes) run once, before
// the hog starts. Turbo's cache is bypassed (`--force`): every run really runs. Each run's output
// goes to test-results/stress/run-N.log; the console gets one line per run and its failures.
import { fork, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { clearReports, packageDirs, readStepReport } from './test-suite/reports.mjs';
import { runSteps } from './test-suite/run-steps.mjs';
import { steps } from './test-suite/steps.mjs';

const usage =
  'usage: pnpm test:stress [runs] [--filter <package>]... [--no-hog] [<vitest file pattern>...]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    filter: { type: 'string', multiple: true, default: [] },
    'no-hog': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [first, ...rest] = positionals;
const runs = first !== undefined && /^\d+$/.test(first) ? Number(first) : 5;
const patterns = first !== undefined && /^\d+$/.test(first) ? rest : positionals;
if (runs < 1) {
  console.error(usage);
  process.exit(2);
}
const wholeSuite = values.filter.length === 0 && patterns.length === 0;
// With --filter, only those packages' reports count (a report another run left elsewhere does not).
const reportDirs = values.filter.length === 0 ? undefined : packageDirs(values.filter);
if (reportDirs?.length === 0) {
  console.error(`test:stress: no workspace package is named ${values.filter.join(' or ')}`);
  process.exit(2);
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const byName = new Map(steps.map((step) => [step.name, step]));
const testStep = byName.get('tests');

/** The steps of one run: `pnpm test`'s test steps, or the tests of the filtered packages/files. */
const suiteSteps = wholeSuite
  ? steps.filter((step) => step.suite)
  : [
      {
        ...testStep,
        needs: [],
        command: [
          ...testStep.command,
          ...values.filter.map((name) => `--filter=${name}`),
          // Without --filter a pattern reaches every package: most match no file.
          ...(patterns.length > 0 ? ['--', '--passWithNoTests', ...patterns] : []),
        ],
      },
    ];
const forced = suiteSteps.map((step) =>
  step.command.includes('turbo') ? { ...step, command: withForce(step.command) } : step,
);

/**
 * Turbo's cache would replay the last result instead of running the tests (`--force`); the build
 * ran once before the runs and is not what is stressed (`--only`: not the tasks a test needs).
 */
function withForce(command) {
  const at = command.indexOf('--');
  const flags = ['--force', '--only'];
  return at === -1
    ? [...command, ...flags]
    : [...command.slice(0, at), ...flags, ...command.slice(at)];
}

// What the runs need, once, on an idle machine (a failure here ends the stress run).
const needed = new Set([...testStep.needs, ...suiteSteps.flatMap((step) => step.needs ?? [])]);
const setup = steps.filter((step) => needed.has(step.name));
console.log(`test:stress: preparing (${setup.map((step) => step.name).join(', ')})`);
const prepared = runSteps(setup, { env });
if (prepared.some(({ status }) => status !== 'passed')) {
  console.log('test:stress: preparing failed; no run started');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Set when the hog ended before the runs did. */
let hogStopped = '';
const hog = values['no-hog'] ? null : await startHog();
const logDir = join('test-results', 'stress');
rmSync(logDir, { recursive: true, force: true }); // only this stress run's logs
mkdirSync(logDir, { recursive: true });

/** @type {Map<string, { count: number, message: string }>} */
const failures = new Map();
let green = 0;
let passed = 0;
let failed = 0;
const started = Date.now();
try {
  for (let run = 1; run <= runs; run += 1) {
    clearReports();
    mkdirSync(logDir, { recursive: true });
    const logFile = join(logDir, `run-${run}.log`);
    const runStarted = Date.now();
    const outcomes = await runLogged(forced, logFile);
    let runPassed = 0;
    let runFailed = 0;
    const runFailures = [];
    for (const { step, status, code } of outcomes) {
      const report = readStepReport(step, '.', reportDirs);
      runPassed += report?.passed ?? 0;
      runFailed += report?.failed ?? 0;
      runFailures.push(...(report?.failures ?? []));
      if (status === 'failed' && (report?.failed ?? 0) === 0) {
        runFailed += 1;
        runFailures.push({
          id: `${step.name} (exit code ${code}; no failed test in its report)`,
          message: `see ${logFile}`,
        });
      }
    }
    passed += runPassed;
    failed += runFailed;
    if (runFailed === 0) green += 1;
    for (const failure of runFailures) {
      const seen = failures.get(failure.id);
      failures.set(failure.id, { count: (seen?.count ?? 0) + 1, message: failure.message });
    }
    const seconds = ((Date.now() - runStarted) / 1000).toFixed(0);
    console.log(
      `run ${run}/${runs}: ${runPassed} passed, ${runFailed} failed in ${seconds} s (${logFile})`,
    );
    for (const failure of runFailures) console.log(`  ✗ ${failure.id}: ${failure.message}`);
  }
} finally {
  hog?.stop();
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `\n=== test:stress: ${wholeSuite ? 'the whole suite' : describeSelection()}, ${runs} runs, ` +
    `${hog === null ? 'no CPU hog' : `CPU hog on ${hog.threads} threads`}, ${minutes} min`,
);
if (hogStopped !== '') console.log(`Warning: ${hogStopped}; later runs had no extra load.`);
if (failures.size > 0) {
  console.log('Failed at least once (runs it failed in):');
  const sorted = [...failures].sort(([, a], [, b]) => b.count - a.count);
  for (const [id, { count, message }] of sorted)
    console.log(`  ${count}× ${id}\n       ${message}`);
}
console.log(`${green} of ${runs} runs green`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function describeSelection() {
  return [
    ...values.filter.map((name) => `--filter ${name}`),
    ...patterns.map((pattern) => `files matching '${pattern}'`),
  ].join(', ');
}

/** Runs the steps one after the other with their output in `logFile`; never throws. */
async function runLogged(list, logFile) {
  const log = createWriteStream(logFile);
  const outcomes = [];
  for (const step of list) {
    log.write(`\n=== ${step.name}: ${step.command.join(' ')}\n`);
    const [command, ...args] = step.command;
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Plain text in the log, whatever colours the tools chose.
    const write = (chunk) => log.write(stripVTControlCharacters(chunk.toString()));
    child.stdout.on('data', write);
    child.stderr.on('data', write);
    const code = await new Promise((resolve) => {
      child.on('error', (error) => {
        log.write(`${error.message}\n`);
        resolve(-1);
      });
      child.on('close', (exitCode, signal) => resolve(exitCode ?? signal));
    });
    outcomes.push({ step, status: code === 0 ? 'passed' : 'failed', code });
  }
  await new Promise((resolve) => log.end(resolve));
  return outcomes;
}

/** Starts the hog and keeps it alive with heartbeats; it stops by itself if this process dies. */
async function startHog() {
  const child = fork(new URL('./cpu-hog.mjs', import.meta.url), ['--seconds', String(6 * 3600)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { threads } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`cpu-hog exited with ${code} at start`)));
  });
  const heartbeat = setInterval(() => child.connected && child.send('beat'), 5_000);
  let stopping = false;
  // The runs would go on without load and prove nothing: say so at once and in the summary.
  child.once('exit', (code, signal) => {
    if (stopping) return;
    hogStopped = `the CPU hog stopped early (${signal ?? `exit code ${code}`})`;
    console.log(`test:stress: ${hogStopped}`);
  });
  console.log(`test:stress: CPU hog running, ${threads} busy threads (pid ${child.pid})`);
  return {
    threads,
    stop() {
      stopping = true;
      clearInterval(heartbeat);
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGTERM');
    },
  };
}
