// `pnpm test:mutation`: StrykerJS mutation testing of the SDK and the emulator, then a check of
// the security-critical files' scores read from Stryker's JSON report (each must reach 90 %).
//
//   pnpm test:mutation                                     both packages, every configured file
//   pnpm test:mutation sdk --mutate src/internal/pipeline/retry.ts    one package, Stryker's own options after it
//
// Not part of `pnpm test` (it takes tens of minutes); CI runs it as its own job. Reports land in
// packages/<name>/mutation-report/ (index.html, mutation.json). Stryker runs in place (it rewrites
// the package's src/ files while it runs and restores them at the end): do not edit src/ meanwhile.
// scripts/mutation-guard.mjs refuses a src/ with uncommitted changes and, however Stryker ends
// (Ctrl-C, SIGTERM, a crash), restores from git what it left instrumented.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { refusalToStart, restoreInstrumented } from './mutation-guard.mjs';

/** The files whose mutation score must reach {@link CRITICAL_MIN_SCORE}, per package. */
const CRITICAL_FILES = {
  sdk: [
    /^src\/extension\/[^/]+\.ts$/,
    /^src\/internal\/pipeline\/(redact|settle|retry|reply-envelope|operation-metadata)\.ts$/,
    /^src\/client\/options\.ts$/,
  ],
  emulator: [],
};
const CRITICAL_MIN_SCORE = 90;
const PACKAGES = Object.keys(CRITICAL_FILES);

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
// The CLI is not among the package's exports: find it through its package.json `bin`.
const strykerPackage = createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json');
const stryker = join(
  dirname(strykerPackage),
  JSON.parse(readFileSync(strykerPackage, 'utf8')).bin.stryker,
);

/** Runs a command and stops the script when it fails. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

/**
 * Runs Stryker in `packageDir`, passing on SIGINT, SIGTERM and SIGHUP so that this script outlives
 * it and can restore what it left instrumented. Resolves with the exit code and the signal received.
 */
function runStryker(args, packageDir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [stryker, 'run', ...args], {
      stdio: 'inherit',
      env,
      cwd: packageDir,
    });
    let received;
    const forward = (signal) => {
      received = signal;
      child.kill(signal);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('close', (code, signal) => {
      for (const name of signals) process.off(name, forward);
      resolve({ code: code ?? 1, childSignal: signal, received });
    });
  });
}

/** Every test file below `dir`, relative to the package (as Stryker's report names them). */
function testFilesOf(packageDir, dir = 'test') {
  return readdirSync(join(packageDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFilesOf(packageDir, path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Stryker's mutation score: detected (killed or timed out) over valid mutants, in percent. */
function scoreOf(mutants) {
  const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return { score: valid === 0 ? 100 : (100 * detected) / valid, detected, valid };
}

/** Checks one package's report; returns the problems found. */
function checkReport(name, packageDir) {
  const reportPath = join(packageDir, 'mutation-report', 'mutation.json');
  if (!existsSync(reportPath)) return [`${name}: no report at ${relative('.', reportPath)}`];
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const problems = [];
  // A test file that fails to load (e.g. an unbuilt workspace dependency) does not fail Stryker's
  // dry run: it only runs fewer tests and reports survivors. Every test file must have run.
  const ran = new Set(Object.keys(report.testFiles ?? {}));
  for (const file of testFilesOf(packageDir)) {
    if (!ran.has(file)) problems.push(`${name}: ${file} ran no test under Stryker`);
  }
  console.log(`\n${name}: mutation score per file (critical files need ${CRITICAL_MIN_SCORE} %)`);
  for (const [file, { mutants }] of Object.entries(report.files).sort()) {
    const { score, detected, valid } = scoreOf(mutants);
    const critical = CRITICAL_FILES[name].some((pattern) => pattern.test(file));
    const line = `${score.toFixed(1).padStart(6)} %  ${`${detected}/${valid}`.padStart(7)}  ${file}`;
    console.log(`${line}${critical ? '  (critical)' : ''}`);
    if (critical && score < CRITICAL_MIN_SCORE) {
      problems.push(`${name}: ${file} scores ${score.toFixed(1)} %, below ${CRITICAL_MIN_SCORE} %`);
    }
  }
  return problems;
}

const [first, ...rest] = process.argv.slice(2);
const selected = PACKAGES.includes(first) ? [first] : PACKAGES;
const strykerArgs = PACKAGES.includes(first) ? rest : process.argv.slice(2);

for (const name of selected) {
  const refusal = refusalToStart('.', join('packages', name, 'src'));
  if (refusal !== undefined) {
    console.error(`test:mutation: ${refusal}`);
    process.exit(2);
  }
}

// As in `pnpm test`: the system programs the tests need, then the build (the SDK's tests import
// the built @blizwork/client and @blizwork/emulator).
run('node', ['scripts/system-deps.mjs'], '.');
run('pnpm', ['exec', 'turbo', 'run', 'build'], '.');
const problems = [];
for (const name of selected) {
  const packageDir = join('packages', name);
  const started = Date.now();
  const { code, childSignal, received } = await runStryker(strykerArgs, packageDir);
  const restored = restoreInstrumented('.', join(packageDir, 'src'));
  if (restored.length > 0) {
    console.error(
      `\ntest:mutation: restored from git ${restored.length} file(s) Stryker left instrumented`,
    );
  }
  if (received !== undefined) process.exit(130);
  if (code !== 0) {
    console.error(`\nStryker failed in ${packageDir} (exit ${childSignal ?? code})`);
    process.exit(1);
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${name}: Stryker took ${minutes} min`);
  problems.push(...checkReport(name, packageDir));
}
if (problems.length > 0) {
  console.error(`\nFAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nmutation testing passed');
