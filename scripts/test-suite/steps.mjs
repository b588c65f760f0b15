// The steps of `pnpm test` (scripts/test-all.mjs), in the order they run. Data only:
//   name     what the summary calls it (unique);
//   command  the program and its arguments, run from the repository root;
//   needs    the steps that must have passed for this one to make sense (each an earlier step):
//            when one of them failed, this step is skipped and the summary says why;
//   report   'vitest' when the step writes vitest JSON reports (test-results/vitest.json) in
//            `reportDirs`, by default the workspace packages with a `test` script (those
//            `turbo run test` runs); 'runtimes' for the runtime matrix's report. The closing
//            `N passed, N failed` line sums them;
//   suite    true for the steps that run tests: what `pnpm test:stress` repeats.
// A step that fails does not stop the others: every step whose needs passed still runs.

/**
 * @typedef {{ name: string, command: string[], needs?: string[], report?: 'vitest' | 'runtimes',
 *   reportDirs?: string[], suite?: boolean }} Step
 */

/** @type {Step[]} */
export const steps = [
  { name: 'system packages', command: ['node', 'scripts/system-deps.mjs'] },
  { name: 'format check', command: ['pnpm', 'run', 'format:check'] },
  { name: 'workflow lint', command: ['pnpm', 'run', 'lint:workflows'] },
  { name: 'spec lint', command: ['pnpm', 'run', 'lint:spec'] },
  { name: 'generated drift check', command: ['pnpm', 'run', 'check:generated'] },
  { name: 'build', command: ['pnpm', 'exec', 'turbo', 'run', 'build'] },
  // Type-aware ESLint reads the built packages' types.
  { name: 'lint', command: ['pnpm', 'run', 'lint'], needs: ['build'] },
  { name: 'typecheck', command: ['pnpm', 'exec', 'turbo', 'run', 'typecheck'], needs: ['build'] },
  {
    name: 'tests',
    // One package at a time; a failing package does not stop the others (turbo still skips the
    // tests of a package whose own build failed).
    command: [
      'pnpm',
      'exec',
      'turbo',
      'run',
      'test',
      '--concurrency=1',
      '--continue=dependencies-successful',
    ],
    needs: ['system packages', 'build'],
    report: 'vitest',
    suite: true,
  },
  { name: 'install runtimes', command: ['node', 'scripts/install-runtimes.mjs'] },
  {
    name: 'runtime matrix',
    command: ['pnpm', '--filter', '@blizwork/runtime-matrix', 'run', 'test:runtimes'],
    // Chromium is one of the runtimes.
    needs: ['system packages', 'build', 'install runtimes'],
    report: 'runtimes',
    suite: true,
  },
  {
    name: 'package checks',
    command: ['pnpm', 'exec', 'turbo', 'run', 'check:package'],
    needs: ['build'],
  },
  {
    // tests/release: publish to a local registry, install as a user (bun from the runtimes).
    name: 'local registry release run',
    command: ['pnpm', 'run', 'test:release'],
    needs: ['build', 'install runtimes'],
    report: 'vitest',
    reportDirs: ['tests/release'],
    suite: true,
  },
];
