// The release proven end to end. The pending changesets are applied to a temporary copy of the
// workspace, its public packages are built and published to a local registry exactly as the
// release workflow publishes them to npm, and a user's projects in fresh temporary folders install
// them with npm, pnpm and bun and use them: the README's quick start against the installed emulator
// (ESM and CJS), the installed commands, every entry point at run time and under three TypeScript
// resolutions, and a check of every installed package. The last cases publish deliberately broken
// packages and see the same checks fail. Registry stopped and temporary folders removed at the end.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator } from '@blizwork/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandError, run } from '../src/command.js';
import { repositoryRoot } from '../src/environment.js';
import { npx, runEmulatorCommand } from '../src/installed-commands.js';
import { fetchPackument, startLocalRegistry, type LocalRegistry } from '../src/local-registry.js';
import {
  installedPackageProblems,
  manifestProblems,
  type PublishedManifest,
} from '../src/package-checks.js';
import {
  exportedEntryPoints,
  loadEntryPoints,
  RESOLUTIONS,
  runQuickStart,
  typeCheck,
  writeQuickStart,
  writeTypeCheckApp,
  type ExportedEntryPoint,
  type Resolution,
} from '../src/user-app.js';
import {
  installAsUser,
  userToolchain,
  optionalPeerSpecs,
  type PackageManager,
  type UserProject,
} from '../src/user-project.js';
import {
  copyWorkspace,
  publicPackageDirs,
  publisherEnvironment,
  publishRelease,
  versionAndBuild,
  type ReleasedPackage,
} from '../src/workspace-release.js';

/** Kept between runs (git-ignored): the proxied third-party packages, the copy's build cache. */
const registryCache = join(import.meta.dirname, '..', '.cache', 'registry');
const buildCache = join(import.meta.dirname, '..', '.cache', 'turbo');
const sbomDir = join(import.meta.dirname, '..', 'test-results', 'sbom');

const publicNames = publicPackageDirs(repositoryRoot).map(
  (dir) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }).name,
);

const work = mkdtempSync(join(tmpdir(), 'blizwork-release-'));
const copyDir = join(work, 'workspace');
const started = performance.now();
let registry: LocalRegistry | undefined;
let released: ReleasedPackage[] = [];
let publisherEnv: NodeJS.ProcessEnv = {};

/** Prints how long the run has taken so far, after each of its steps. */
const elapsed = (step: string): void =>
  console.log(`release run: ${step} after ${((performance.now() - started) / 1000).toFixed(1)} s`);

const registryUrl = (): string => {
  if (registry === undefined) throw new Error('the local registry is not running');
  return registry.url;
};
const releasedSpecs = (): string[] => released.map((pkg) => `${pkg.name}@${pkg.version}`);
const releaseOf = (name: string): ReleasedPackage => {
  const pkg = released.find((candidate) => candidate.name === name);
  if (pkg === undefined) throw new Error(`${name} was not released`);
  return pkg;
};
const installedDir = (project: UserProject, name: string): string =>
  join(project.dir, 'node_modules', ...name.split('/'));
const installedManifest = (project: UserProject, name: string): PublishedManifest =>
  JSON.parse(
    readFileSync(join(installedDir(project, name), 'package.json'), 'utf8'),
  ) as PublishedManifest;
const entryPointsOf = (project: UserProject): ExportedEntryPoint[] =>
  publicNames.flatMap((name) => exportedEntryPoints(installedManifest(project, name)));

/** What the README's quick start prints with the workspace's own build: the installs must match. */
async function expectedQuickStartLines(): Promise<string[]> {
  const example = pathToFileURL(
    join(repositoryRoot, 'examples', 'quick-start', 'dist', 'readme-example.js'),
  );
  const { readmeExample } = (await import(example.href)) as {
    readmeExample: (options: unknown) => Promise<string[]>;
  };
  const emulator = await startEmulator({ port: 0 });
  try {
    return await readmeExample(emulator.clientOptions);
  } finally {
    await emulator.close();
  }
}

/** Work started now and awaited later, by the tests that need it (and by the teardown). */
const background: Array<Promise<unknown>> = [];
function inBackground<T>(task: Promise<T>): Promise<T> {
  // Marked as handled here; whoever awaits it still sees the rejection.
  task.catch(() => undefined);
  background.push(task);
  return task;
}

/** A user's install, with the quick start (and, for npm, the type-check app) written into it. */
async function userInstall(packageManager: PackageManager): Promise<UserProject> {
  const extra = packageManager === 'npm' ? userToolchain() : [];
  const project = await installAsUser(
    join(work, `${packageManager}-user`),
    packageManager,
    registryUrl(),
    [...releasedSpecs(), ...optionalPeerSpecs(released.map((pkg) => pkg.dir)), ...extra],
  );
  writeQuickStart(project);
  if (packageManager === 'npm') writeTypeCheckApp(project, entryPointsOf(project));
  elapsed(`installed with ${packageManager}`);
  return project;
}

let installs: Record<PackageManager, Promise<UserProject>>;
let sboms: Promise<unknown>;
let expectedLines: Promise<string[]>;

beforeAll(async () => {
  const { stdout } = await run('npm', ['config', 'get', 'registry'], {
    cwd: repositoryRoot,
    env: process.env,
  });
  const registryStart = startLocalRegistry({
    workDir: join(work, 'registry'),
    uplinkUrl: stdout.trim(),
    cacheDir: registryCache,
  });
  try {
    copyWorkspace(copyDir);
    registry = await registryStart;
  } catch (error) {
    registry = await registryStart.catch(() => undefined);
    throw error;
  }
  elapsed('workspace copied, registry started');
  publisherEnv = publisherEnvironment(copyDir, registry.url);
  released = await versionAndBuild(copyDir, publisherEnv, buildCache);
  elapsed('versioned and built');
  await publishRelease(copyDir, publisherEnv);
  elapsed('published');
  // The three installs, the SBOMs and the workspace's own quick start run side by side.
  installs = {
    npm: inBackground(userInstall('npm')),
    pnpm: inBackground(userInstall('pnpm')),
    bun: inBackground(userInstall('bun')),
  };
  rmSync(sbomDir, { recursive: true, force: true });
  sboms = inBackground(
    run(
      'node',
      [join(repositoryRoot, 'scripts', 'release-sbom.mjs'), '--out', sbomDir, ...releasedSpecs()],
      {
        cwd: work,
        env: publisherEnv,
      },
    ),
  );
  expectedLines = inBackground(expectedQuickStartLines());
});

afterAll(async () => {
  await Promise.allSettled(background);
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
  elapsed('registry stopped, temporary folders removed: done');
});

describe('the release', () => {
  it('gives every public package one version (one fixed group) and a changelog', () => {
    expect(released.map((pkg) => pkg.name).sort()).toEqual([...publicNames].sort());
    const versions = new Set(released.map((pkg) => pkg.version));
    expect(versions.size, `versions: ${[...versions].join(', ')}`).toBe(1);
    for (const pkg of released) expect(pkg.changelog, pkg.name).toContain(`## ${pkg.version}`);
  });

  it('publishes every public package at that version, tagged latest', async () => {
    for (const pkg of released) {
      const packument = await fetchPackument(registryUrl(), pkg.name);
      expect(packument['dist-tags'].latest, pkg.name).toBe(pkg.version);
      expect(packument.versions[pkg.version]?.dist.tarball, pkg.name).toContain(registryUrl());
    }
  });

  it('publishes manifests without workspace: ranges or install scripts, with a repository', async () => {
    const problems: string[] = [];
    for (const pkg of released) {
      const packument = await fetchPackument(registryUrl(), pkg.name);
      const manifest = packument.versions[pkg.version];
      if (manifest === undefined)
        problems.push(`${pkg.name}@${pkg.version} is not in the registry`);
      else problems.push(...manifestProblems(manifest));
    }
    expect(problems).toEqual([]);
  });

  it('writes a CycloneDX SBOM per package (scripts/release-sbom.mjs, as the release workflow does)', async () => {
    await sboms;
    for (const pkg of released) {
      const file = join(sbomDir, `${pkg.name.slice(1).replace('/', '-')}-${pkg.version}.cdx.json`);
      const sbom = JSON.parse(readFileSync(file, 'utf8')) as {
        bomFormat: string;
        metadata: { component: { name: string; version: string } };
        components: Array<{ name: string; version: string }>;
      };
      expect(sbom.bomFormat).toBe('CycloneDX');
      expect(sbom.metadata.component).toMatchObject({ name: pkg.name, version: pkg.version });
      const manifest = (await fetchPackument(registryUrl(), pkg.name)).versions[pkg.version];
      for (const dependency of Object.keys(manifest?.dependencies ?? {})) {
        expect(
          sbom.components.map((component) => component.name),
          `${pkg.name} → ${dependency}`,
        ).toContain(dependency);
      }
    }
  });
});

describe('installed by a user with npm', () => {
  let project: UserProject;
  let typeChecks: Record<Resolution, Promise<void>>;

  beforeAll(async () => {
    project = await installs.npm;
    typeChecks = {
      node16: inBackground(typeCheck(project, 'node16')),
      nodenext: inBackground(typeCheck(project, 'nodenext')),
      bundler: inBackground(typeCheck(project, 'bundler')),
    };
  });

  it('resolves every dependency range (npm ls --all)', async () => {
    await run('npm', ['ls', '--all'], { cwd: project.dir, env: project.env });
  });

  it.each(publicNames)(
    'installs %s as released: version, changelog, files, entry points',
    (name) => {
      expect(installedPackageProblems(installedDir(project, name), releaseOf(name))).toEqual([]);
    },
  );

  it('loads every exported entry point with import() and require()', async () => {
    await loadEntryPoints(project, entryPointsOf(project));
  });

  it('runs the README quick start against the installed emulator as an ES module', async () => {
    const expected = await expectedLines;
    expect(expected.length).toBeGreaterThan(0);
    expect(await runQuickStart(project, 'esm')).toEqual(expected);
  });

  it('runs the README quick start against the installed emulator as CommonJS', async () => {
    expect(await runQuickStart(project, 'cjs')).toEqual(await expectedLines);
  });

  it('runs `npx blizwork --help` and `--version`', async () => {
    expect(await npx(project, 'blizwork', ['--help'])).toMatch(/^Usage: blizwork /);
    expect((await npx(project, 'blizwork', ['--version'])).trim()).toBe(
      releaseOf('@blizwork/cli').version,
    );
  });

  it('starts `npx blizwork-emulator --port 0`, which answers and stops on Ctrl-C', async () => {
    const emulator = await runEmulatorCommand(project);
    expect(emulator.url, emulator.output).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    expect(emulator.status, emulator.output).toBeLessThan(500);
    // npm re-raises the SIGINT it forwarded on itself once the emulator has exited.
    expect([emulator.exit.code, emulator.exit.signal], emulator.output).toSatisfy(
      ([code, signal]: unknown[]) => code === 0 || signal === 'SIGINT',
    );
    expect(emulator.answersAfterStop, emulator.output).toBe(false);
  });

  it('sends the released version in the SDK user agent', async () => {
    const { stdout } = await run(
      'node',
      [
        '--input-type=module',
        '-e',
        "import { SDK_VERSION } from '@blizwork/sdk'; console.log(SDK_VERSION);",
      ],
      { cwd: project.dir, env: project.env },
    );
    expect(stdout.trim()).toBe(releaseOf('@blizwork/sdk').version);
  });

  it.each(Object.keys(RESOLUTIONS) as Resolution[])(
    'type-checks an app importing every entry point under %s resolution',
    async (resolution) => {
      await typeChecks[resolution];
    },
  );
});

describe.each(['pnpm', 'bun'] as const)('installed by a user with %s', (packageManager) => {
  let project: UserProject;

  beforeAll(async () => {
    project = await installs[packageManager];
  });

  it.each(publicNames)('installs %s as released', (name) => {
    expect(installedPackageProblems(installedDir(project, name), releaseOf(name))).toEqual([]);
  });

  it('loads every exported entry point with import() and require()', async () => {
    await loadEntryPoints(project, entryPointsOf(project));
  });

  it('runs the README quick start as an ES module and as CommonJS', async () => {
    const expected = await expectedLines;
    expect(await runQuickStart(project, 'esm')).toEqual(expected);
    expect(await runQuickStart(project, 'cjs')).toEqual(expected);
  });

  it('runs the installed `blizwork --help`', async () => {
    const bin = join(project.dir, 'node_modules', '.bin', 'blizwork');
    const { stdout } = await run(bin, ['--help'], { cwd: project.dir, env: project.env });
    expect(stdout).toMatch(/^Usage: blizwork /);
  });
});

describe('a package that would ship broken', () => {
  // The copy's packages are changed and published again: only once everything else is done.
  beforeAll(async () => {
    await Promise.allSettled(background);
  });

  /** Publishes the copy's `name` again as `<version>-broken.<n>` after `breakIt`, with `publish`. */
  async function publishBroken(
    name: string,
    suffix: string,
    breakIt: (dir: string) => void,
    publish: 'pnpm' | 'npm',
  ): Promise<ReleasedPackage> {
    const pkg = releaseOf(name);
    const version = `${pkg.version}-${suffix}`;
    const manifestFile = join(pkg.dir, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestFile, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
    breakIt(pkg.dir);
    const args =
      publish === 'pnpm'
        ? ['publish', '--tag', 'broken', '--no-git-checks']
        : ['publish', '--tag', 'broken'];
    await run(publish, args, { cwd: pkg.dir, env: publisherEnv });
    return { ...pkg, version };
  }

  it('fails the installed-package check when a file its exports name is missing, naming the file', async () => {
    const broken = await publishBroken(
      '@blizwork/emulator',
      'broken.1',
      (dir) => rmSync(join(dir, 'dist', 'core.cjs')),
      'pnpm',
    );
    const project = await installAsUser(join(work, 'broken-file-user'), 'npm', registryUrl(), [
      `${broken.name}@${broken.version}`,
    ]);
    const problems = installedPackageProblems(installedDir(project, broken.name), broken);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /exports\["\.\/core"\]\["require"\]\["default"\] points to \.\/dist\/core\.cjs, which is not in the package/,
      ),
    );
  });

  it('fails the registry check and the install when a workspace: range is published', async () => {
    const broken = await publishBroken('@blizwork/sdk', 'broken.2', () => undefined, 'npm');
    const packument = await fetchPackument(registryUrl(), broken.name);
    const manifest = packument.versions[broken.version];
    expect(manifest).toBeDefined();
    expect(manifestProblems(manifest as PublishedManifest)).toContainEqual(
      expect.stringMatching(
        /^@blizwork\/sdk@.*: dependencies\["@blizwork\/client"\] is "workspace:\*", a workspace range that no user can install/,
      ),
    );
    const install = installAsUser(join(work, 'broken-range-user'), 'npm', registryUrl(), [
      `${broken.name}@${broken.version}`,
    ]);
    await expect(install).rejects.toThrow(CommandError);
    await expect(install).rejects.toThrow(/workspace:/);
  });
});
