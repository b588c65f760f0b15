// `pnpm test`: every check CI runs (the steps in scripts/test-suite/steps.mjs), in order. A failed
// step does not stop the run: every step that does not need the failed one still runs. Then a
// summary of the steps, and as the very last line `N passed, N failed`: the test totals summed
// from each package's vitest JSON report and the runtime matrix's report, plus one failure for
// each failed step that no failed test accounts for (a lint error, a build that broke, a test run
// that crashed), so a failed run never ends with `0 failed`. Exit code 1 on any failure.
//
// Run it as the README does, `pnpm -s test`: without `-s`, pnpm prints its own `ELIFECYCLE` line
// after a failed script, below the totals.
import { clearReports, readStepReport } from './test-suite/reports.mjs';
import { runSteps } from './test-suite/run-steps.mjs';
import { steps } from './test-suite/steps.mjs';

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
};

/** Marks the step failed (its tests cannot be counted), with the reason. */
function failStep(outcome, reason) {
  outcome.status = 'failed';
  outcome.detail = [outcome.detail, reason].filter(Boolean).join(', ');
}

/**
 * The step's report (null when it declares none). A step that wrote no report where it should
 * have (its tests would count as none) or one that cannot be read (a test run killed while writing
 * it) fails, with the reason, instead of passing uncounted or ending the whole run.
 */
function readReport(outcome) {
  try {
    const report = readStepReport(outcome.step);
    if (report !== null && report.missing.length > 0) {
      failStep(outcome, `no test report from ${report.missing.join(', ')}`);
    }
    return report;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failStep(outcome, `its report is unreadable: ${message}`);
    return null;
  }
}

/** Runs the steps, prints the summary; returns the closing totals. */
function testAll() {
  clearReports();
  const outcomes = runSteps(steps, { env });

  let passed = 0;
  let failed = 0;
  const reportLines = [];
  const failedSteps = [];
  for (const outcome of outcomes) {
    const { step } = outcome;
    const report = outcome.status === 'skipped' ? null : readReport(outcome);
    if (report !== null) {
      passed += report.passed;
      failed += report.failed;
      reportLines.push(...report.lines);
      // The step's own tests, in its summary line.
      const tests = `${report.passed} passed, ${report.failed} failed`;
      outcome.detail = [tests, outcome.detail].filter(Boolean).join(', ');
    }
    if (outcome.status !== 'failed') continue;
    const failedTests = report?.failed ?? 0;
    failedSteps.push(failedTests > 0 ? `${step.name} (${failedTests} failed)` : step.name);
    if (failedTests === 0) failed += 1; // the step failed with no failed test to show for it
  }

  const width = Math.max(...outcomes.map(({ step }) => step.name.length));
  console.log('\n=== summary');
  for (const { step, status, seconds, detail } of outcomes) {
    const time = status === 'skipped' ? '' : `${seconds.toFixed(1)} s`;
    const label = status === 'failed' ? 'FAILED' : status;
    const notes = [time, detail].filter(Boolean).join(', ');
    console.log(`${label.padEnd(8)} ${step.name.padEnd(width)}  ${notes}`);
  }
  for (const line of reportLines) console.log(line);
  if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join('; ')}`);
  const skipped = outcomes.filter(({ status }) => status === 'skipped');
  if (skipped.length > 0) {
    const names = skipped.map(({ step }) => step.name).join(', ');
    console.log(`Skipped (a step they need failed): ${names}`);
  }
  return { passed, failed };
}

let totals;
try {
  totals = testAll();
} catch (error) {
  // Even a broken step list ends with the totals line.
  console.log(`\ntest-all failed: ${error instanceof Error ? error.message : String(error)}`);
  totals = { passed: 0, failed: 1 };
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
