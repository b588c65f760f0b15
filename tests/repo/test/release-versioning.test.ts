// `changeset version` must version and write changelogs for the published packages only (the
// examples and test workspaces are private and depend on the SDK, and used to be bumped with it),
// and give all of them one version: they are one fixed group (see CONTRIBUTING.md, "Releasing").
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './published-entry-points.js';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

const trackedFiles = (): string[] =>
  execFileSync('git', ['ls-files'], { cwd: repositoryRoot, encoding: 'utf8' })
    .split('\n')
    .filter(
      (file) =>
        /(^|\/)package\.json$/.test(file) ||
        file === 'pnpm-workspace.yaml' ||
        file === '.changeset/config.json',
    );

const manifestFiles = (files: string[]): string[] =>
  files.filter((file) => file.endsWith('package.json') && file !== 'package.json');

const readManifest = (root: string, file: string): Manifest =>
  JSON.parse(readFileSync(join(root, file), 'utf8')) as Manifest;

/** Versions a copy of the workspace's manifests with one changeset; returns the copy's folder. */
function versionCopy(changeset: string): { copy: string; files: string[] } {
  const copy = mkdtempSync(join(tmpdir(), 'changeset-version-'));
  const files = trackedFiles();
  for (const file of files) cpSync(join(repositoryRoot, file), join(copy, file));
  writeFileSync(join(copy, '.changeset', 'a-change.md'), changeset);
  execFileSync('git', ['init', '--quiet'], { cwd: copy });
  execFileSync(join(repositoryRoot, 'node_modules', '.bin', 'changeset'), ['version'], {
    cwd: copy,
    stdio: 'pipe',
  });
  return { copy, files };
}

const publicManifestFiles = (files: string[]): string[] =>
  manifestFiles(files).filter((file) => readManifest(repositoryRoot, file).private !== true);

describe('changeset version', () => {
  let copy: string;
  let files: string[];

  beforeAll(() => {
    // A copy of the workspace's manifests and changeset config, so versioning runs for real
    // without touching the repository.
    ({ copy, files } = versionCopy('---\n"@blizwork/sdk": patch\n---\n\nA fix.\n'));
  });

  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('leaves every private workspace alone: same version, no changelog', () => {
    const privates = manifestFiles(files).filter(
      (file) => readManifest(repositoryRoot, file).private === true,
    );
    expect(privates.length).toBeGreaterThan(0);
    for (const file of privates) {
      expect(readManifest(copy, file).version, file).toBe(
        readManifest(repositoryRoot, file).version,
      );
      expect(existsSync(join(copy, dirname(file), 'CHANGELOG.md')), file).toBe(false);
    }
  });

  it('bumps every public package together (one fixed group), with changelogs', () => {
    const publics = publicManifestFiles(files);
    expect(publics.length).toBeGreaterThan(1);
    for (const file of publics) {
      expect(readManifest(copy, file).version, file).not.toBe(
        readManifest(repositoryRoot, file).version,
      );
      expect(existsSync(join(copy, dirname(file), 'CHANGELOG.md')), file).toBe(true);
    }
    expect(new Set(publics.map((file) => readManifest(copy, file).version)).size).toBe(1);
  });
});

describe('changeset version with a minor change of the SDK', () => {
  let copy: string;
  let files: string[];

  beforeAll(() => {
    ({ copy, files } = versionCopy('---\n"@blizwork/sdk": minor\n---\n\nA feature.\n'));
  });

  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  // @blizwork/rate-limit-redis has the SDK as a peer dependency: by default changesets answers a
  // peer's minor with a major bump of the dependent, which the fixed group spreads to every package.
  it('gives every public package the next minor, not a major (the peer dependency in range)', () => {
    const sdk = readManifest(repositoryRoot, 'packages/sdk/package.json').version;
    const [major, minor] = sdk.split('.').map(Number);
    for (const file of publicManifestFiles(files)) {
      expect(readManifest(copy, file).version, file).toBe(`${major}.${(minor ?? 0) + 1}.0`);
    }
  });
});
