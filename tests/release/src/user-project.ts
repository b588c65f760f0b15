// A user's project in a fresh temporary folder (outside the workspace): a package.json, the
// registry setting of the package manager it is made for, and an install of the released packages
// from the local registry with that package manager, exactly as a user types it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installRuntimes } from '../../../scripts/install-runtimes.mjs';
import { run } from './command.js';
import { repositoryRoot, userEnvironment } from './environment.js';

/** A package manager a user installs the packages with. */
export type PackageManager = 'npm' | 'pnpm' | 'bun';

/** A user's project with the released packages installed. */
export interface UserProject {
  dir: string;
  /** The environment its commands run with (the local registry, nothing of the workspace). */
  env: NodeJS.ProcessEnv;
  packageManager: PackageManager;
  /** The runtime its scripts run with: `node`, or the pinned bun for a bun project. */
  runtime: string;
}

interface RootManifest {
  packageManager: string;
  devDependencies: Record<string, string>;
}

const rootManifest = (): RootManifest =>
  JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as RootManifest;

/** The TypeScript and Node types a user's app compiles with: the versions the workspace pins. */
export function userToolchain(): string[] {
  const { devDependencies } = rootManifest();
  return ['typescript', '@types/node'].map((name) => `${name}@${devDependencies[name]}`);
}

/** The parts of a package manifest that name its optional peers. */
interface PeerManifest {
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
}

/**
 * The optional peers of the published packages (e.g. `@opentelemetry/api` for
 * `@blizwork/sdk/otel`), at the version each package is tested with: package managers do not install
 * optional peers, so a user importing every entry point installs them as the docs say.
 */
export function optionalPeerSpecs(packageDirs: readonly string[]): string[] {
  const specs = new Map<string, string>();
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PeerManifest;
    for (const [name, meta] of Object.entries(manifest.peerDependenciesMeta ?? {})) {
      if (meta.optional !== true) continue;
      const tested = manifest.devDependencies?.[name] ?? manifest.peerDependencies?.[name];
      if (tested !== undefined) specs.set(name, `${name}@${tested}`);
    }
  }
  return [...specs.values()];
}

/** The pinned bun the runtime matrix uses (installed into `.runtimes/` if it is not there yet). */
function bunExecutable(): string {
  const bun = installRuntimes(() => undefined).find((runtime) => runtime.name === 'bun');
  if (bun === undefined) throw new Error('scripts/install-runtimes.mjs pins no bun');
  return bun.executable;
}

/**
 * Makes a user's project in `dir` and installs `specs` (e.g. `@blizwork/sdk@0.2.0`) into it from
 * `registryUrl` with `packageManager`: `npm install`, `pnpm add` or `bun add`.
 */
export async function installAsUser(
  dir: string,
  packageManager: PackageManager,
  registryUrl: string,
  specs: string[],
): Promise<UserProject> {
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, unknown> = {
    name: 'blizwork-user-app',
    private: true,
    type: 'module',
  };
  // corepack runs the pnpm this repository pins, not whatever version is newest.
  if (packageManager === 'pnpm') manifest.packageManager = rootManifest().packageManager;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const npmrc = join(dir, '.npmrc');
  writeFileSync(npmrc, `registry=${registryUrl}\nfund=false\naudit=false\nupdate-notifier=false\n`);
  const env = userEnvironment(npmrc);
  const options = { cwd: dir, env };
  let runtime = 'node';
  switch (packageManager) {
    case 'npm':
      await run('npm', ['install', ...specs], options);
      break;
    case 'pnpm':
      await run('pnpm', ['add', ...specs], options);
      break;
    case 'bun':
      writeFileSync(join(dir, 'bunfig.toml'), `[install]\nregistry = "${registryUrl}"\n`);
      runtime = bunExecutable();
      await run(runtime, ['add', ...specs], options);
      break;
  }
  return { dir, env, packageManager, runtime };
}
