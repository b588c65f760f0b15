// Builds the package in the current directory as a dual ESM + CommonJS package with .d.ts files:
// `tsc -p tsconfig.build.json` into dist/esm, then the same sources as CommonJS into dist/cjs with a
// {"type":"commonjs"} marker so Node and TypeScript read those files as CJS.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

function runTsc(args) {
  const result = spawnSync(process.execPath, [tsc, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync('dist', { recursive: true, force: true });
runTsc(['-p', 'tsconfig.build.json']);
runTsc([
  '-p',
  'tsconfig.build.json',
  '--module',
  'CommonJS',
  '--moduleResolution',
  'Bundler',
  '--outDir',
  'dist/cjs',
  // verbatimModuleSyntax forbids ESM syntax in CJS output; sources stay checked with it in the ESM pass.
  '--verbatimModuleSyntax',
  'false',
]);
mkdirSync('dist/cjs', { recursive: true });
writeFileSync('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');
