// Checks the package in the current directory as it would be published: publint (package.json and
// exports map) and `attw --pack` (types resolve for ESM and CJS consumers under every resolution).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
