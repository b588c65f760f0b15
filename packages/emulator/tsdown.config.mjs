// Build: the library (dist/index.mjs + dist/index.cjs with bundled types, the dashboard page inside),
// its runtime-neutral core (dist/core.*: no `node:` import; code both entries use goes into a
// shared chunk, so it ships once), the command line's parser (dist/cli-args.*: `blizwork emulator`
// parses with it, so the flags have one definition), and the `blizwork-emulator` command (dist/cli.mjs, started by bin/blizwork-emulator.js). The
// command imports the library from ./index.mjs instead of bundling a second copy of it.
import { packageBuild } from '../../scripts/package-build-config.mjs';
import { dashboardAssets } from './scripts/build-dashboard.mjs';

/** Keeps cli.ts's `import ... from './index.js'` as an import of the built library file. */
const libraryFromCli = {
  name: 'blizwork-cli-imports-library',
  resolveId(source, importer) {
    if (source === './index.js' && importer?.replaceAll('\\', '/').endsWith('/src/cli.ts')) {
      return { id: './index.mjs', external: true };
    }
    return null;
  },
};

export default [
  packageBuild({
    entry: { index: 'src/index.ts', core: 'src/core.ts', 'cli-args': 'src/cli/cli-args.ts' },
    plugins: [dashboardAssets()],
  }),
  packageBuild({
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    // The library build cleans dist/ first; both builds write into it.
    clean: false,
    plugins: [libraryFromCli],
  }),
];
