// `changeset version` must version and write changelogs for the published packages only: the
// examples and test workspaces are private and depend on the SDK, and used to be bumped with it.
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

describe('changeset version', () => {
  let copy: string;
  let files: string[];

  beforeAll(() => {
    // A copy of the workspace's manifests and changeset config, so versioning runs for real
    // without touching the repository.
    copy = mkdtempSync(join(tmpdir(), 'changeset-version-'));
    files = trackedFiles();
    for (const file of files) cpSync(join(repositoryRoot, file), join(copy, file));
    writeFileSync(
      join(copy, '.changeset', 'a-fix.md'),
      '---\n"@blizwork/sdk": patch\n---\n\nA fix.\n',
    );
    execFileSync('git', ['init', '--quiet'], { cwd: copy });
    execFileSync(join(repositoryRoot, 'node_modules', '.bin', 'changeset'), ['version'], {
      cwd: copy,
      stdio: 'pipe',
    });
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

  it('bumps the SDK and the client together (one fixed group), with changelogs', () => {
    for (const file of ['packages/sdk/package.json', 'packages/client/package.json']) {
      expect(readManifest(copy, file).version, file).not.toBe(
        readManifest(repositoryRoot, file).version,
      );
      expect(existsSync(join(copy, dirname(file), 'CHANGELOG.md')), file).toBe(true);
    }
  });
});
