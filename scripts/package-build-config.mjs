// The tsdown options every published package is built with: each entry point becomes one ESM file
// (`dist/<entry>.mjs`) and one CommonJS file (`dist/<entry>.cjs`), each with its bundled types
// (`.d.mts` / `.d.cts`), so a cold import reads one file instead of dozens of modules. Dependencies
// stay external (they are installed next to the package). No source maps: `src/` is not published,
// and a map pointing at files that do not ship only confuses debuggers. Each package's
// `tsdown.config.mjs` calls `packageBuild()`, passing what differs (extra entries, plugins).
/**
 * The tsdown configuration of one package: the shared defaults, then `overrides`.
 *
 * @param {import('tsdown').UserConfig} [overrides]
 * @returns {import('tsdown').UserConfig}
 */
export function packageBuild(overrides = {}) {
  return {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
    target: 'es2022',
    // .mjs/.cjs (and .d.mts/.d.cts) whatever the package's "type": each file says what it is.
    fixedExtension: true,
    tsconfig: 'tsconfig.build.json',
    dts: { sourcemap: false },
    sourcemap: false,
    // JSDoc ships in the .d.mts/.d.cts files, where editors read it; the code keeps only the
    // comments that matter to tools (licences, /* @__PURE__ */ marks for tree-shaking), which
    // halves what Node reads on import.
    outputOptions: { comments: { legal: true, annotation: true, jsdoc: false } },
    clean: true,
    hash: false,
    // package.json is written by hand and checked by `pnpm check:packages` (publint + attw).
    exports: false,
    publint: false,
    attw: false,
    logLevel: 'warn',
    // The type bundler is slow on purpose-free grounds of size; its timing notice is noise here.
    checks: { pluginTimings: false },
    ...overrides,
  };
}
