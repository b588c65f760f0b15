// The repository this test belongs to, and a copy of it to follow the maintainers' steps on: the
// working tree's files (tracked, and new ones git does not ignore: what a maintainer has in front of
// them), committed in a fresh git repository, with dependencies installed offline from the pnpm
// store the repository's own install filled. The repository itself is never touched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/contributing/test/repository.ts). */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Where the copies' turbo cache lives between runs (git-ignored, under node_modules): a copy of an
 * unchanged repository hashes the same, so its build, type check and tests replay from the cache.
 */
export const copyTurboCache = join(repositoryRoot, 'node_modules', '.cache', 'contributing-flow');

/** Git, with an identity and no signing, so commits work on any machine. */
export const gitEnv = {
  GIT_AUTHOR_NAME: 'CONTRIBUTING flow test',
  GIT_AUTHOR_EMAIL: 'contributing-flow@example.invalid',
  GIT_COMMITTER_NAME: 'CONTRIBUTING flow test',
  GIT_COMMITTER_EMAIL: 'contributing-flow@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'commit.gpgsign',
  GIT_CONFIG_VALUE_0: 'false',
};

/** The working tree's files: tracked (unless deleted) and untracked but not ignored. */
export function workingTreeFiles(root = repositoryRoot): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(root, file)))
    .filter((file) => !lstatSync(join(root, file)).isDirectory()); // submodule-like entries
}

/** Copies the working tree's files to `destination` and commits them there as one commit. */
export function copyWorkingTree(destination: string, root = repositoryRoot): void {
  for (const file of workingTreeFiles(root)) {
    mkdirSync(dirname(join(destination, file)), { recursive: true });
    cpSync(join(root, file), join(destination, file), { verbatimSymlinks: true });
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: destination,
      env: { ...process.env, ...gitEnv },
      stdio: 'pipe',
    });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '--no-verify', '-m', 'the working tree of the repository under test');
}
