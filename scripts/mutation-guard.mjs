// Stryker runs in place (scripts/stryker-config.mjs: `inPlace: true`): while it runs, a package's
// src/ files hold instrumented code (`// @ts-nocheck`, `stryMutAct_…`), and a run stopped by a
// signal or a crash can leave them there, where a later commit would pick them up. The guard makes
// that impossible to miss: it refuses to start on a src/ with uncommitted changes (so restoring
// from git can never lose someone's work) and, however Stryker ended, puts back from git every
// file it left instrumented.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The marker Stryker's instrumenter writes into every mutated file. */
const INSTRUMENTED = /\bstryMutAct_[0-9A-Za-z]+\b/;

/** Runs git in `cwd`; returns its standard output, or throws with git's standard error. */
function git(cwd, args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim() || result.error}`);
  }
  return result.stdout;
}

/**
 * The files under `dir` (relative to the repository `root`) that differ from git's index or are
 * untracked, as `git status` names them.
 * @param {string} root
 * @param {string} dir
 * @returns {string[]}
 */
export function uncommittedFiles(root, dir) {
  return git(root, ['status', '--porcelain', '--untracked-files=all', '--', dir])
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.slice(3));
}

/**
 * The tracked files under `dir` whose working copy holds Stryker's instrumentation.
 * @param {string} root
 * @param {string} dir
 * @returns {string[]}
 */
export function instrumentedFiles(root, dir) {
  return git(root, ['ls-files', '-z', '--', dir])
    .split('\0')
    .filter((file) => file.length > 0)
    .filter((file) => {
      try {
        return INSTRUMENTED.test(readFileSync(join(root, file), 'utf8'));
      } catch {
        return false; // deleted in the working tree: nothing of Stryker's in it
      }
    });
}

/**
 * Why a mutation run must not start on `dir`, or `undefined` when it may: the files with
 * uncommitted changes, and how to proceed.
 * @param {string} root
 * @param {string} dir
 * @returns {string | undefined}
 */
export function refusalToStart(root, dir) {
  const files = uncommittedFiles(root, dir);
  if (files.length === 0) return undefined;
  const instrumented = instrumentedFiles(root, dir);
  const hint =
    instrumented.length > 0
      ? `${instrumented.length} of them hold Stryker's instrumentation from a stopped run: ` +
        `\`git checkout -- ${dir}\` restores them.`
      : 'Commit or stash them first: Stryker rewrites these files while it runs, and the guard ' +
        'restores them from git afterwards.';
  return `${dir} has uncommitted changes (${files.join(', ')}). ${hint}`;
}

/**
 * Puts back from git every file under `dir` that Stryker left instrumented; returns their names.
 * Only called after {@link refusalToStart} found `dir` clean, so git's copy is the user's copy.
 * @param {string} root
 * @param {string} dir
 * @returns {string[]}
 */
export function restoreInstrumented(root, dir) {
  const files = instrumentedFiles(root, dir);
  if (files.length > 0) git(root, ['checkout', '--', ...files]);
  return files;
}
