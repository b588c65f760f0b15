// Mutation testing of the emulator (`pnpm test:mutation` at the root runs it through
// scripts/test-mutation.mjs).
// Mutants known to be equivalent are listed, with the reason, in stryker.equivalent-mutants.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Under pnpm, Stryker's `@stryker-mutator/*` plugin glob finds nothing: name the plugins by path.
  plugins: [import.meta.resolve('@stryker-mutator/vitest-runner')],
  testRunner: 'vitest',
  // `related` finds no test files here (tests import through src/index.ts); perTest coverage
  // still runs only the tests that reach a mutant.
  vitest: { configFile: 'vitest.config.ts', related: false },
  // The package's tsconfig and vitest config import `../../` files, which a sandbox copy lacks.
  inPlace: true,
  mutate: ['src/state/**/*.ts', 'src/handlers/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A static mutant (module-level code, run while a file loads) needs the whole suite per mutant:
  // 141 of them made one run of four files take hours. They are reported as ignored.
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'mutation-report/index.html' },
  jsonReporter: { fileName: 'mutation-report/mutation.json' },
  tempDirName: 'mutation-report/.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
