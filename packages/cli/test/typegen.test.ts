// typegen end to end: the default emulator seed gives the golden file, from a seed file and from
// a case read with include 3; --check tells a stale file (exit 1) from a current one.
import { defaultSeed } from '@blizwork/emulator';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tsTypeOf } from '../src/commands/typegen/field-types.js';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const GOLDEN = fileURLToPath(new URL('./golden/sales-process.gen.ts', import.meta.url));
const fixture = useCliEmulator();
const cli = (args: string[]) => runCli(args, { env: fixture.env });

describe('field types', () => {
  it('maps a type named like an inherited member to unknown, never to a function', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      expect(tsTypeOf(name), name).toBe('unknown');
    }
    expect(tsTypeOf('Number')).toBe('number');
  });
});

describe('typegen', () => {
  it('writes the golden file for the default seed, from a seed file and from a case', async () => {
    const dir = tempDir();
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify(defaultSeed));
    const fromSeed = join(dir, 'from-seed.gen.ts');
    const run = await cli([
      'typegen',
      'sales-process',
      '--seed',
      seed,
      '--out',
      fromSeed,
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      out: fromSeed,
      processes: ['sales-process'],
      changed: true,
    });
    expect(readFileSync(fromSeed, 'utf8')).toBe(readFileSync(GOLDEN, 'utf8'));

    const fromCase = join(dir, 'from-case.gen.ts');
    expect(
      (await cli(['typegen', 'sales-process', '--from-case', '2', '--out', fromCase])).code,
    ).toBe(0);
    expect(readFileSync(fromCase, 'utf8')).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('--check exits 0 for a current file and 1 for a stale one, writing nothing', async () => {
    const dir = tempDir();
    const out = join(dir, 'blizwork.gen.ts');
    copyFileSync(GOLDEN, out);
    expect(
      (await cli(['typegen', 'sales-process', '--from-case', '1', '--out', out, '--check'])).code,
    ).toBe(0);
    const stale = readFileSync(GOLDEN, 'utf8').replace("next: 'won' | 'lost'", "next: 'won'");
    writeFileSync(out, stale);
    const run = await cli([
      'typegen',
      'sales-process',
      '--from-case',
      '1',
      '--out',
      out,
      '--check',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${out} is out of date`);
    expect(readFileSync(out, 'utf8')).toBe(stale);
  });

  it('explains a missing source (exit 2) and an unknown process in the seed (exit 1)', async () => {
    const dir = tempDir();
    const noSource = await cli(['typegen', 'sales-process', '--out', join(dir, 'x.ts')]);
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toContain('--from-case <n> or --seed <file>');
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify(defaultSeed));
    const unknown = await cli(['typegen', 'purchases', '--seed', seed, '--out', join(dir, 'x.ts')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('has no process purchases');
    expect(unknown.stderr).toContain('Its processes: sales-process');
  });

  it('refuses a definition that defines a form twice (the file would not compile)', async () => {
    const dir = tempDir();
    const seed = join(dir, 'seed.json');
    const form = { formId: 'lead', fields: [], nextFormIds: [] };
    writeFileSync(seed, JSON.stringify({ processes: [{ processId: 'p', forms: [form, form] }] }));
    const out = join(dir, 'x.ts');
    const run = await cli(['typegen', 'p', '--seed', seed, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('defines the form lead twice');
    expect(existsSync(out)).toBe(false);
  });
});
