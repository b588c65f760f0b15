// Bundles each runtime's entry (src/entries/*.ts) with esbuild into dist/, one file per runtime:
// the shared scenario and the SDK (through its package name, i.e. its built dist) inlined.
import { build } from 'esbuild';
import { join } from 'node:path';

/** Per entry: the esbuild settings its runtime needs. */
const TARGETS = {
  node: { platform: 'node', format: 'esm' },
  bun: { platform: 'node', format: 'esm' },
  deno: { platform: 'browser', format: 'esm' },
  worker: { platform: 'browser', format: 'esm', conditions: ['workerd', 'worker', 'browser'] },
  browser: { platform: 'browser', format: 'iife' },
};

/** Builds every bundle into `outDir`; resolves entry name → bundle path. */
export async function bundleEntries(packageDir, outDir) {
  const bundles = {};
  for (const [entry, settings] of Object.entries(TARGETS)) {
    const outfile = join(outDir, `${entry}.js`);
    await build({
      entryPoints: [join(packageDir, 'src', 'entries', `${entry}.ts`)],
      outfile,
      bundle: true,
      target: 'es2022',
      logLevel: 'warning',
      ...settings,
    });
    bundles[entry] = outfile;
  }
  return bundles;
}
