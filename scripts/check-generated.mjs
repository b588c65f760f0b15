// Regenerates every generated folder (and the generated docs pages) from spec/ and fails when the
// result differs from what is committed (or when generation adds untracked files): generated code
// is never edited by hand.
// CI checks a commit, so the committed files are what counts; when the working tree already held
// exactly what the spec generates but it is not committed yet (the usual state right after
// `pnpm generate`), the message says so and names the command that fixes it.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const GENERATED = [
  // `:(glob)` with `/**`: a plain `packages/*/src/generated` pathspec matches no file below the
  // folders, so drift went unnoticed.
  ':(glob)packages/*/src/generated/**',
  // The "What we know, what we assume" pages (scripts/assumptions-page.mjs).
  'docs/en/assumptions.md',
  'docs/es/assumptions.md',
];
/** The same paths, as a shell command names them. */
const GENERATED_ARGS = 'packages/*/src/generated docs/*/assumptions.md';

/** The generated files in the working tree (tracked or not, ignored ones left out), by path. */
function generatedFiles() {
  const paths = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', ...GENERATED],
    { encoding: 'utf8' },
  )
    .split('\0')
    .filter((path) => path !== '');
  const files = new Map();
  for (const path of paths) {
    try {
      files.set(path, readFileSync(path, 'utf8'));
    } catch {
      files.set(path, undefined); // tracked but deleted in the working tree
    }
  }
  return files;
}

const sameFiles = (a, b) =>
  a.size === b.size && [...a].every(([path, text]) => b.has(path) && b.get(path) === text);

const before = generatedFiles();
const generate = spawnSync('pnpm', ['run', 'generate'], { stdio: 'inherit', env: process.env });
if (generate.status !== 0) process.exit(generate.status ?? 1);

const changed = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', ...GENERATED],
  { encoding: 'utf8' },
);
if (changed.trim() !== '') {
  if (sameFiles(before, generatedFiles())) {
    console.error(
      'The generated code matches the spec, but is not committed (what CI checks is the commit):\n' +
        changed,
    );
    console.error(`Commit it with the spec change: git add spec ${GENERATED_ARGS} && git commit`);
  } else {
    console.error('Generated code differs from what the spec generates:\n' + changed);
    console.error(
      `\`pnpm generate\` has now rewritten it: review the diff (git diff -- ${GENERATED_ARGS}), ` +
        'then commit it with the spec change. Never edit generated files by hand.',
    );
  }
  process.exit(1);
}
console.log('Generated code matches the spec.');
