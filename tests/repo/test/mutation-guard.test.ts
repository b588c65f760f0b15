// scripts/mutation-guard.mjs on a throwaway git repository: Stryker's in-place run must never
// start on uncommitted work, and whatever it leaves instrumented is put back from git.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  instrumentedFiles,
  refusalToStart,
  restoreInstrumented,
} from '../../../scripts/mutation-guard.mjs';

const ORIGINAL = 'export const add = (a: number, b: number) => a + b;\n';
const INSTRUMENTED = `// @ts-nocheck\nfunction stryMutAct_9fa48(id) { return false; }\n${ORIGINAL}`;

let root: string;

function git(...args: string[]) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mutation-guard-'));
  mkdirSync(join(root, 'pkg', 'src'), { recursive: true });
  writeFileSync(join(root, 'pkg', 'src', 'add.ts'), ORIGINAL);
  writeFileSync(join(root, 'pkg', 'src', 'other.ts'), 'export {};\n');
  writeFileSync(join(root, 'outside.ts'), 'export {};\n');
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('refusalToStart', () => {
  it('lets a clean src/ start, whatever changed outside it', () => {
    writeFileSync(join(root, 'outside.ts'), 'export const changed = 1;\n');
    expect(refusalToStart(root, 'pkg/src')).toBeUndefined();
  });

  it('refuses a modified or an untracked file under src/, naming it and saying what to do', () => {
    writeFileSync(join(root, 'pkg', 'src', 'add.ts'), `${ORIGINAL}// work in progress\n`);
    writeFileSync(join(root, 'pkg', 'src', 'new.ts'), 'export {};\n');
    const refusal = refusalToStart(root, 'pkg/src');
    expect(refusal).toContain('pkg/src/add.ts');
    expect(refusal).toContain('pkg/src/new.ts');
    expect(refusal).toMatch(/Commit or stash/);
  });

  it("recognises a stopped run's leftovers and gives the command that restores them", () => {
    writeFileSync(join(root, 'pkg', 'src', 'add.ts'), INSTRUMENTED);
    expect(refusalToStart(root, 'pkg/src')).toMatch(
      /instrumentation .* `git checkout -- pkg\/src`/,
    );
  });
});

describe('restoreInstrumented', () => {
  it('puts back exactly the instrumented files, from git, and names them', () => {
    writeFileSync(join(root, 'pkg', 'src', 'add.ts'), INSTRUMENTED);
    expect(instrumentedFiles(root, 'pkg/src')).toEqual(['pkg/src/add.ts']);
    expect(restoreInstrumented(root, 'pkg/src')).toEqual(['pkg/src/add.ts']);
    expect(readFileSync(join(root, 'pkg', 'src', 'add.ts'), 'utf8')).toBe(ORIGINAL);
    expect(refusalToStart(root, 'pkg/src')).toBeUndefined();
  });

  it('leaves a file alone that is not instrumented, and does nothing on a clean tree', () => {
    expect(restoreInstrumented(root, 'pkg/src')).toEqual([]);
    writeFileSync(join(root, 'pkg', 'src', 'other.ts'), 'export const mine = 1;\n');
    expect(restoreInstrumented(root, 'pkg/src')).toEqual([]);
    expect(readFileSync(join(root, 'pkg', 'src', 'other.ts'), 'utf8')).toContain('mine');
  });
});
