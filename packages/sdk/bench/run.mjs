// Runs the TypeScript benchmarks: bundles bench/*.ts with esbuild (the root's pinned devDependency;
// packages stay external, so the SDK under test is the built dist/) and runs them one after the
// other. Usage: `pnpm bench` (after `pnpm build`), or `node bench/run.mjs per-call`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const benches = [
  'per-call',
  'extension-overhead',
  'bundle-size',
  'import-time',
  'limiter-overhead',
  'plan-rate',
  'bulk-memory',
  'observability-overhead',
];
const selected = process.argv.slice(2).length > 0 ? process.argv.slice(2) : benches;
// Inside the package, so that the bundles resolve `@blizwork/sdk` (self-reference to dist/) and
// `@blizwork/client` like the package's own code does.
const outdir = join(here, '.out');
try {
  await build({
    entryPoints: [...benches, 'fixed-reply-server', 'emulator-server'].map((name) =>
      join(here, `${name}.ts`),
    ),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  for (const name of selected) {
    const result = spawnSync(process.execPath, [join(outdir, `${name}.mjs`)], {
      stdio: 'inherit',
      // BLIZWORK_SDK_DIR set by the caller points the size benchmark at another build of the
      // package (e.g. a checkout of main, for a before/after figure); by default, this one.
      env: { ...process.env, BLIZWORK_SDK_DIR: process.env.BLIZWORK_SDK_DIR ?? join(here, '..') },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
