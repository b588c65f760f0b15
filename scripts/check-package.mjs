// Checks the package in the current directory as it would be published: publint (package.json and
// exports map), `attw --pack` (types resolve for ESM and CJS consumers under every resolution), and
// the packed file list (no TypeScript sources, tests or source maps: see package-contents.mjs).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { unwantedPackageFiles } from './package-contents.mjs';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

for (const [name, args] of [
  ['publint', ['--strict']],
  ['attw', ['--pack', '.']],
]) {
  const result = spawnSync(bin(name), args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${name} failed in ${process.cwd()}`);
    process.exit(result.status ?? 1);
  }
}

const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
  encoding: 'utf8',
});
if (pack.status !== 0) {
  console.error(`npm pack --dry-run failed in ${process.cwd()}:\n${pack.stderr}`);
  process.exit(pack.status ?? 1);
}
const [{ files, size }] = JSON.parse(pack.stdout);
const unwanted = unwantedPackageFiles(files.map((file) => file.path));
if (unwanted.length > 0) {
  console.error(`the tarball of ${process.cwd()} carries files users never need:`);
  for (const path of unwanted) console.error(`  ${path}`);
  console.error('Narrow "files" in package.json (or the build) so that they are left out.');
  process.exit(1);
}
console.log(`tarball: ${files.length} files, ${(size / 1024).toFixed(1)} kB packed`);
