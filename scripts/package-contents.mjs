// What a published tarball must not carry, in one place: `scripts/check-package.mjs` applies it to
// `npm pack --dry-run` of each package, and the local registry run (tests/release) to every package
// as a user installs it. TypeScript sources, source maps and tests are never needed to use a
// package (each build ships one ESM and one CJS file per entry point, with bundled declarations),
// and a map would point at sources that are not there. Declarations (`.d.ts`, `.d.mts`, `.d.cts`)
// and data files that a package exports on purpose (e.g. `@blizwork/client/openapi.yaml`) are fine.

/** A path (relative to the package root, `/`-separated) that users of a package never need. */
const UNWANTED =
  /\.map$|\.tsbuildinfo$|\.test\.|\.spec\.|(^|\/)(test|tests|__tests__|bench)\/|(^|\/)(tsconfig[^/]*|vitest\.config\.[^/]+|tsdown\.config\.[^/]+)$|\.(?<!\.d\.)[cm]?tsx?$/;

/**
 * The paths among `paths` that a tarball should not ship.
 *
 * @param {readonly string[]} paths file paths relative to the package root
 * @returns {string[]}
 */
export function unwantedPackageFiles(paths) {
  return paths.filter((path) => UNWANTED.test(path));
}
