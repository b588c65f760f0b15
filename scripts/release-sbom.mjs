// One software bill of materials (CycloneDX JSON, written by `npm sbom`) per published package:
//
//   node scripts/release-sbom.mjs --out <dir> [--wait] <name@version>...
//
// For each package it fetches the tarball the registry serves (`npm pack name@version`, from the
// registry npm is configured with), resolves the dependency tree a user gets from that tarball's
// own manifest (`npm install --package-lock-only`: no code is downloaded or run) and writes
// `<dir>/<scope>-<name>-<version>.cdx.json`, whose root component is the package itself.
// It runs on the published manifest, not in the workspace: `npm sbom` cannot read pnpm's
// node_modules layout, and the workspace's manifests still hold `workspace:` ranges.
//
// The release workflow runs it after publishing (`--wait`: npm's registry can take a moment to
// serve a version it has just accepted); the local registry run (tests/release) runs it against
// its own registry. Exit code 1, with npm's output, when a package cannot be found or resolved.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long `--wait` waits for a just-published version to become installable. */
const WAIT_LIMIT_MS = 5 * 60_000;
const WAIT_STEP_MS = 10_000;

/** Runs npm; resolves its stdout, rejects with its stderr when it fails. */
function npm(args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(stdout);
      else reject(new Error(`npm ${args.join(' ')} exited with ${code}\n${stderr.trim()}`));
    });
  });
}

/** Downloads the tarball of `spec` into `dir`, retrying while the registry does not serve it yet. */
async function packFromRegistry(spec, dir, wait) {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    try {
      const [packed] = JSON.parse(await npm(['pack', spec, '--json', '--pack-destination', dir]));
      return join(dir, packed.filename);
    } catch (error) {
      if (!wait || Date.now() > deadline) throw error;
      console.error(`${spec} is not served yet; retrying in ${WAIT_STEP_MS / 1000} s`);
      await sleep(WAIT_STEP_MS);
    }
  }
}

/** Writes the SBOM of one published package into `outDir`; returns its path. */
async function sbomOf(spec, outDir, wait) {
  const work = mkdtempSync(join(tmpdir(), 'blizwork-sbom-'));
  try {
    const tarball = await packFromRegistry(spec, work, wait);
    // npm sbom names the root component after its folder (a scope folder included).
    const packageDir = join(work, ...spec.slice(0, spec.lastIndexOf('@')).split('/'));
    mkdirSync(packageDir, { recursive: true });
    await new Promise((resolvePromise, reject) => {
      const tar = spawn('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
      tar.on('error', reject);
      tar.on('close', (code) =>
        code === 0 ? resolvePromise() : reject(new Error(`tar exited with ${code}`)),
      );
    });
    // What a user installs: the dependencies, not the package's own development tools or scripts.
    const manifestPath = join(packageDir, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    delete manifest.devDependencies;
    delete manifest.scripts;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    await npm(
      ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'],
      packageDir,
    );
    const sbom = await npm(
      ['sbom', '--sbom-format', 'cyclonedx', '--package-lock-only', '--omit', 'dev'],
      packageDir,
    );
    const file = join(
      outDir,
      `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.cdx.json`,
    );
    writeFileSync(file, sbom);
    return file;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, wait: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (values.out === undefined || positionals.length === 0) {
  console.error('usage: node scripts/release-sbom.mjs --out <dir> [--wait] <name@version>...');
  process.exit(2);
}
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const results = await Promise.allSettled(
  positionals.map((spec) => sbomOf(spec, outDir, values.wait)),
);
let failed = false;
for (const [index, result] of results.entries()) {
  // One line per package, `<name@version> <file>`: the workflow attaches each file to its release.
  if (result.status === 'fulfilled') console.log(`${positionals[index]} ${result.value}`);
  else {
    failed = true;
    console.error(`SBOM of ${positionals[index]} failed: ${result.reason.message}`);
  }
}
process.exit(failed ? 1 : 0);
