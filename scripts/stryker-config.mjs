// The Stryker settings every package shares; each package's stryker.config.mjs names only what
// it mutates. `pnpm test:mutation` (scripts/test-mutation.mjs) runs them.

/**
 * The Stryker options of a package that mutates `mutate` (globs relative to the package).
 * @param {string[]} mutate
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerConfig(mutate) {
  return {
    // Under pnpm, Stryker's `@stryker-mutator/*` plugin glob finds nothing: name the plugins by path.
    plugins: [import.meta.resolve('@stryker-mutator/vitest-runner')],
    testRunner: 'vitest',
    // `related` finds no test files here (tests import through src/index.ts); perTest coverage
    // still runs only the tests that reach a mutant.
    vitest: { configFile: 'vitest.config.ts', related: false },
    // The packages' tsconfig and vitest configs import `../../` files, which a sandbox copy lacks.
    inPlace: true,
    mutate,
    coverageAnalysis: 'perTest',
    // A static mutant (module-level code, run while a file loads) needs the whole suite per
    // mutant: 141 of them made one run of four files take hours. They are reported as ignored.
    ignoreStatic: true,
    concurrency: 2,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'mutation-report/index.html' },
    jsonReporter: { fileName: 'mutation-report/mutation.json' },
    tempDirName: 'mutation-report/.stryker-tmp',
    cleanTempDir: 'always',
    thresholds: { high: 90, low: 80, break: null },
  };
}
