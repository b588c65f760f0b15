// The release, as the release workflow makes it, on a temporary copy of the workspace: the pending
// changesets applied (`pnpm run version-packages`), the public packages built with their new
// versions, and every one of them published (`pnpm run release:publish`, i.e. `changeset publish`,
// which runs `pnpm publish` per package and so rewrites `workspace:` ranges) to the local registry.
// The repository itself is never touched.
import readChangesets from '@changesets/read';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { run } from './command.js';
import { repositoryRoot, userEnvironment } from './environment.js';

/** A public package of the workspace as the release versioned it. */
export interface ReleasedPackage {
  name: string;
  /** The version `changeset version` gave it. */
  version: string;
  /** Its folder in the workspace copy. */
  dir: string;
  /** The CHANGELOG.md `changeset version` wrote. */
  changelog: string;
  /** The first line of each pending changeset that names this package. */
  changesetSummaries: string[];
}

/** Folders never copied: build output, caches, installs and reports. */
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'dist',
  '.git',
  '.turbo',
  '.runtimes',
  '.cache',
  'test-results',
  'coverage',
  'mutation-report',
  '.blizwork',
]);

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** The folders of the workspace's public packages (`packages/*` that are not private). */
export function publicPackageDirs(root: string): string[] {
  return readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .filter((dir) => existsSync(join(dir, 'package.json')) && readManifest(dir).private !== true);
}

/**
 * Copies the workspace's sources to `copyDir`, with the install the build needs: the root
 * `node_modules` is linked to the repository's, and each public package's `node_modules` (pnpm's
 * relative links) is copied as links, so that `@blizwork/*` resolves to the copy's own packages
 * (pnpm rewrites a `workspace:` range to the version of the package that link leads to) and every
 * other dependency through the root link to the repository's store. Nothing is installed.
 */
export function copyWorkspace(copyDir: string): void {
  cpSync(repositoryRoot, copyDir, {
    recursive: true,
    filter: (source) => {
      const path = relative(repositoryRoot, source);
      return (
        !path.split(sep).some((segment) => SKIPPED_FOLDERS.has(segment)) &&
        path !== join('docs', 'site')
      );
    },
  });
  symlinkSync(join(repositoryRoot, 'node_modules'), join(copyDir, 'node_modules'));
  for (const dir of publicPackageDirs(repositoryRoot)) {
    cpSync(
      join(dir, 'node_modules'),
      join(copyDir, relative(repositoryRoot, dir), 'node_modules'),
      {
        recursive: true,
        verbatimSymlinks: true,
      },
    );
  }
}

/** The environment of the workspace copy's commands: the publish goes to `registryUrl`. */
export function publisherEnvironment(copyDir: string, registryUrl: string): NodeJS.ProcessEnv {
  // npm refuses to publish without a token; the local registry lets anyone publish `@blizwork/*`
  // and accepts any token.
  const npmrc = join(copyDir, '.publisher.npmrc');
  const host = registryUrl.replace(/^https?:/, '');
  writeFileSync(npmrc, `registry=${registryUrl}\n${host}:_authToken=release-run\n`);
  return userEnvironment(npmrc, { npm_config_registry: registryUrl });
}

/**
 * Applies the pending changesets to the copy and builds its public packages; returns them with
 * the versions, changelogs and changeset summaries the release gives them. The build's turbo cache
 * is `buildCacheDir`, kept between runs: the versioned sources are the same from one run to the
 * next until a source or a changeset changes, and then only what changed is built again.
 */
export async function versionAndBuild(
  copyDir: string,
  env: NodeJS.ProcessEnv,
  buildCacheDir: string,
): Promise<ReleasedPackage[]> {
  const pending = await readChangesets(copyDir);
  await run('git', ['init', '--quiet'], { cwd: copyDir, env });
  await run('pnpm', ['run', 'version-packages'], { cwd: copyDir, env });
  await run('pnpm', ['run', 'release:build'], {
    cwd: copyDir,
    env: { ...env, TURBO_CACHE_DIR: buildCacheDir, TURBO_TELEMETRY_DISABLED: '1' },
  });
  return publicPackageDirs(copyDir).map((dir) => {
    const { name, version } = readManifest(dir);
    const changelogFile = join(dir, 'CHANGELOG.md');
    return {
      name,
      version,
      dir,
      changelog: existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '',
      changesetSummaries: pending
        .filter((changeset) => changeset.releases.some((release) => release.name === name))
        .map((changeset) => changeset.summary.split('\n')[0] ?? ''),
    };
  });
}

/** Publishes every public package of the copy as the release does (no git tags: it is a copy). */
export async function publishRelease(copyDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  await run('pnpm', ['run', 'release:publish', '--no-git-tag'], { cwd: copyDir, env });
}
