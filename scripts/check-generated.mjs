// Regenerates every generated folder (and the generated docs pages) from spec/ and fails when the result differs from what is
// committed (or when generation adds untracked files): generated code is never edited by hand.
import { execFileSync, spawnSync } from 'node:child_process';

const generate = spawnSync('pnpm', ['run', 'generate'], { stdio: 'inherit', env: process.env });
if (generate.status !== 0) process.exit(generate.status ?? 1);

const changed = execFileSync(
  'git',
  // `:(glob)` with `/**`: a plain `packages/*/src/generated` pathspec matches no file below the
  // folders, so drift went unnoticed.
  [
    'status',
    '--porcelain',
    '--untracked-files=all',
    '--',
    ':(glob)packages/*/src/generated/**',
    // The "What we know, what we assume" pages (scripts/assumptions-page.mjs).
    'docs/en/assumptions.md',
    'docs/es/assumptions.md',
  ],
  { encoding: 'utf8' },
);
if (changed.trim() !== '') {
  console.error('Generated code differs from what the spec generates:\n' + changed);
  console.error('Run `pnpm generate` and commit the result.');
  process.exit(1);
}
console.log('Generated code matches the spec.');
