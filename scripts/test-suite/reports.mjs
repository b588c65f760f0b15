// Reads what the test steps wrote: each workspace package's vitest JSON report
// (test-results/vitest.json, see vitest.shared.ts) and the runtime matrix's report
// (tests/runtimes/test-results/runtimes.json). `pnpm test` sums them into its closing line;
// `pnpm test:stress` also names every failed test.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The workspace package folders (see pnpm-workspace.yaml), relative to `root`. */
export function workspaceDirs(root = '.') {
  return ['packages', 'examples', 'tests'].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(group, entry.name))
      : [],
  );
}

const matrixReport = (root) => join(root, 'tests', 'runtimes', 'test-results', 'runtimes.json');

/** Deletes every report, so a run only counts what it ran itself. */
export function clearReports(root = '.') {
  for (const dir of workspaceDirs(root)) {
    rmSync(join(root, dir, 'test-results'), { recursive: true, force: true });
  }
}

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')
    .find((line) => line.trim() !== '') ?? '';

/**
 * @typedef {{ id: string, message: string }} Failure  one failed test (or a test file that failed
 *   without a failed test: it did not load, or a hook failed), named `package › file › test`
 * @typedef {{ passed: number, failed: number, failures: Failure[], lines: string[],
 *   missing: string[] }} Totals  `missing`: the folders (or files) that should have a report and have none
 */

/** The folders of the workspace packages with these names (or folders), as `workspaceDirs` has them. */
export function packageDirs(names, root = '.') {
  const wanted = new Set(names.map((name) => name.replace(/^\.\//, '').replace(/\/$/, '')));
  return workspaceDirs(root).filter((dir) => {
    if (wanted.has(dir)) return true;
    const manifest = join(root, dir, 'package.json');
    return existsSync(manifest) && wanted.has(JSON.parse(readFileSync(manifest, 'utf8')).name);
  });
}

/** Sums the vitest reports found under `root` (in `dirs` only, when given). */
export function readVitestReports(root = '.', dirs = workspaceDirs(root)) {
  /** @type {Totals} */
  const totals = { passed: 0, failed: 0, failures: [], lines: [], missing: [] };
  for (const dir of dirs) {
    const file = join(root, dir, 'test-results', 'vitest.json');
    if (!existsSync(file)) {
      totals.missing.push(dir);
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    for (const testFile of report.testResults ?? []) {
      const where = `${dir} › ${relative(join(root, dir), testFile.name)}`;
      const failedTests = (testFile.assertionResults ?? []).filter((t) => t.status === 'failed');
      for (const test of failedTests) {
        totals.failures.push({
          id: `${where} › ${test.fullName}`,
          message: firstLine(test.failureMessages?.[0]),
        });
      }
      if (testFile.status === 'failed' && failedTests.length === 0) {
        // Not in numFailedTests: the file failed around its tests.
        totals.failed += 1;
        totals.failures.push({
          id: `${where} (the file failed)`,
          // A hook that failed or timed out leaves no message in the JSON report.
          message: firstLine(testFile.message) || 'no message in the report: see the output',
        });
      }
    }
  }
  return totals;
}

/** The runtime matrix's totals (`missing` names its report when it wrote none). */
export function readRuntimeReport(root = '.') {
  const file = matrixReport(root);
  if (!existsSync(file)) {
    return { passed: 0, failed: 0, failures: [], lines: [], missing: [relative(root, file)] };
  }
  const matrix = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Totals & { seconds: string }} */
  const totals = {
    passed: matrix.passed,
    failed: matrix.failed,
    failures: [],
    lines: [],
    missing: [],
    seconds: matrix.seconds,
  };
  for (const runtime of matrix.runtimes) {
    totals.lines.push(
      `runtime ${runtime.runtime}: ${runtime.passed} passed, ${runtime.failed} failed`,
    );
    for (const result of runtime.results.filter((r) => !r.ok)) {
      totals.failures.push({
        id: `tests/runtimes › ${runtime.runtime} › ${result.name}`,
        message: firstLine(result.error),
      });
    }
  }
  totals.lines.push(`runtime matrix took ${matrix.seconds} s`);
  return totals;
}

/** The workspace packages with a `test` script: those `turbo run test` runs. */
export function testedDirs(root = '.') {
  return workspaceDirs(root).filter((dir) => {
    const manifest = join(root, dir, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test;
  });
}

/**
 * Reads the report a step declares (`report` and `reportDirs` in steps.mjs); `only` limits the
 * vitest reports further (`pnpm test:stress --filter`).
 */
export function readStepReport(step, root = '.', only = undefined) {
  if (step.report === 'vitest') {
    const dirs = step.reportDirs ?? testedDirs(root);
    return readVitestReports(
      root,
      only === undefined ? dirs : dirs.filter((d) => only.includes(d)),
    );
  }
  if (step.report === 'runtimes') return readRuntimeReport(root);
  return null;
}
