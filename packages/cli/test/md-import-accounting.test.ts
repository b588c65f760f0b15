// md import accounts for every row: a broken quote costs its own line (the rows after it are
// imported), every reject names its file line(s) and carries its raw text, the summary adds up
// (read = upserted + rejected + skipped), --dry-run exits 1 when it finds rejects, and --resume
// refuses a journal written for other content of the same size.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { runCli, startCli, tempDir } from './helpers/run-cli.js';

const fixture = useCliEmulator();
const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, { env: { ...fixture.env, ...env } });

/** The file: six data rows; line 5 opens a quote that nothing closes properly. */
const BROKEN = [
  'sku,name',
  'S-1,Alpha',
  'S-2,Beta',
  'S-3,Gamma',
  'S-4,"Delta',
  'S-5,Epsilon',
  'S-6,"Zeta"',
].join('\n');

const rejectsOf = (file: string) =>
  readFileSync(`${file}.rejects.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('md import accounts for every row', () => {
  it('an unclosed quote on line 5 costs line 5 only: the rows on lines 6 and 7 are imported, and the summary adds up', async () => {
    const file = join(tempDir(), 'broken.csv');
    writeFileSync(file, `${BROKEN}\n`);
    const run = await cli(['md', 'import', 'Broken', file, '--key', 'sku']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `Imported ${file} into Broken: 5 upserted, 1 rejected; 6 rows read\n`,
    );
    const rejects = rejectsOf(file);
    expect(rejects).toEqual([
      { line: 5, raw: 'S-4,"Delta', error: 'a quote opened on this line is never closed' },
    ]);
    const skus = (fixture.emulator.readTable('Broken') ?? []).map((row) => row.sku).sort();
    expect(skus).toEqual(['S-1', 'S-2', 'S-3', 'S-5', 'S-6']);
  });

  it('--json: read = upserted + rejected + skipped; every reject has its line(s), its raw text and its error', async () => {
    const file = join(tempDir(), 'mixed.csv');
    writeFileSync(
      file,
      ['sku,name', 'M-1,"two', 'lines",x', ',no key', '', 'M-3,ok', 'M-4,"a"b'].join('\r\n'),
    );
    const run = await cli(['md', 'import', 'Mixed2', file, '--key', 'sku', '--json']);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ read: 4, upserted: 1, rejected: 3, skipped: 0 });
    expect(summary.read).toBe(summary.upserted + summary.rejected + summary.skipped);
    expect(rejectsOf(file)).toEqual([
      {
        line: 2,
        endLine: 3,
        raw: 'M-1,"two\r\nlines",x',
        error: '3 values; the header has 2 columns',
      },
      {
        line: 4,
        raw: ',no key',
        error: 'no value in key column "sku"',
        row: { sku: '', name: 'no key' },
      },
      {
        line: 7,
        raw: 'M-4,"a"b',
        error: expect.stringContaining('quoted value is followed by more text'),
      },
    ]);
  });

  it('a row over several lines (a quoted value with line breaks) is one row, and the summary says where', async () => {
    const file = join(tempDir(), 'multi.csv');
    writeFileSync(file, 'sku,name\nN-1,"two\nlines"\nN-2,one line\n');
    const run = await cli(['md', 'import', 'Multi', file, '--key', 'sku']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Imported ${file} into Multi: 2 upserted, 0 rejected\n`);
    expect(run.stdout).toContain(
      'note: 1 row spans several lines (a quoted value with line breaks), the first at lines 2-3',
    );
    expect(fixture.emulator.readTable('Multi')).toContainEqual({ sku: 'N-1', name: 'two\nlines' });
  });

  it('--dry-run lists its rejects by line and exits 1 when there are any (0 when none)', async () => {
    const clean = join(tempDir(), 'clean.csv');
    writeFileSync(clean, 'sku,name\nC-1,One\n');
    expect((await cli(['md', 'import', 'Dry', clean, '--key', 'sku'])).code).toBe(0);
    const before = fixture.emulator.readTable('Dry');
    expect((await cli(['md', 'import', 'Dry', clean, '--key', 'sku', '--dry-run'])).code).toBe(0);

    const file = join(tempDir(), 'dry.csv');
    writeFileSync(file, `${BROKEN}\n`);
    const run = await cli(['md', 'import', 'Dry', file, '--key', 'sku', '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('5 to insert, 0 to update, 0 unchanged, 1 rejected; 6 rows read');
    expect(run.stdout).toContain('line 5: a quote opened on this line is never closed');
    const json = await cli(['md', 'import', 'Dry', file, '--key', 'sku', '--dry-run', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      read: 6,
      rejected: 1,
      rejects: [{ line: 5, raw: 'S-4,"Delta' }],
    });
    expect(fixture.emulator.readTable('Dry')).toEqual(before);
  });

  it('--resume refuses a journal of other content of the same size, saying what to do', async () => {
    // A server that accepts the upserts and never answers: the import stops with a journal.
    const hung: Server = createServer(() => {});
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      const file = join(tempDir(), 'same-size.csv');
      writeFileSync(file, 'sku,name\nA-1,one\nA-2,two\n');
      const baseUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
      const args = ['md', 'import', 'Hashed', file, '--key', 'sku', '--concurrency', '1'];
      const child = startCli(args, { ...fixture.env, BLIZWORK_BASE_URL: baseUrl });
      const exited = new Promise((resolve) => child.on('close', resolve));
      while (!existsSync(`${file}.import-journal`) && child.exitCode === null)
        await new Promise((resolve) => setTimeout(resolve, 10));
      child.kill('SIGKILL');
      await exited;
      expect(existsSync(`${file}.import-journal`)).toBe(true);

      // Same path, same size, other rows: resuming would skip rows by their line numbers.
      writeFileSync(file, 'sku,name\nB-1,uno\nB-2,dos\n');
      const run = await cli([...args, '--resume']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('SHA-256 differs');
      expect(run.stderr).toContain('Resume with the original file');
      expect(run.stderr).toContain('without --resume');
      expect(fixture.emulator.readTable('Hashed') ?? []).toEqual([]);
    } finally {
      hung.closeAllConnections();
      await new Promise((resolve) => hung.close(resolve));
    }
  });
});
