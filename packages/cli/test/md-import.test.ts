// md import end to end: the built binary streams a file into an emulator that enforces a plan
// limit; a killed import resumes from its journal; malformed rows land in the rejects file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { runCli, startCli, tempDir } from './helpers/run-cli.js';

// The emulator refuses calls over 1500 tx/s with code 200; the CLI paces itself to 1200.
const fixture = useCliEmulator({ transactionsPerSecond: 1500 });
const PACE = ['--tps', '1200'];
const ROWS = 10_000;
const cli = (args: string[]) => runCli([...args, ...PACE], { env: fixture.env });

function writeCsv(rows: number): string {
  const file = join(tempDir(), 'products.csv');
  const lines = ['sku,name,price'];
  for (let i = 1; i <= rows; i++)
    lines.push(`SKU-${String(i).padStart(5, '0')},"Product ${i}, grade A",${(i * 1.5).toFixed(2)}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const sorted = (table: string) =>
  [...(fixture.emulator.readTable(table) ?? [])].sort((a, b) =>
    String(a.sku).localeCompare(String(b.sku)),
  );

function journalEntries(file: string): number {
  try {
    return readFileSync(`${file}.import-journal`, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"through"')).length;
  } catch {
    return 0;
  }
}

describe('md import', () => {
  it(
    'imports 10k rows exactly once: killed mid-import, resumed with --resume, the table equals a clean import',
    { timeout: 400_000 },
    async () => {
      const file = writeCsv(ROWS);
      // What a clean import yields: every row of the file, once, with its values as text.
      const expected = Array.from({ length: ROWS }, (_, i) => ({
        sku: `SKU-${String(i + 1).padStart(5, '0')}`,
        name: `Product ${i + 1}, grade A`,
        price: ((i + 1) * 1.5).toFixed(2),
      }));

      // Kill the process (SIGKILL: no chance to clean up) once a few chunks are journaled.
      const importProducts = ['md', 'import', 'Products', file, '--key', 'sku', '--json'];
      const child = startCli([...importProducts, '--concurrency', '32', ...PACE], fixture.env);
      const exited = new Promise<number | null>((resolve) =>
        child.on('close', (code) => resolve(code)),
      );
      while (journalEntries(file) < 3 && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill('SIGKILL');
      await exited;
      const partial = fixture.emulator.readTable('Products') ?? [];
      expect(partial.length).toBeGreaterThanOrEqual(1500);
      expect(partial.length).toBeLessThan(ROWS);

      // Without --resume the journal is not silently ignored.
      const again = await cli(importProducts);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('--resume');

      const resumed = await cli([...importProducts, '--resume', '--concurrency', '32']);
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      const summary = JSON.parse(resumed.stdout);
      expect(summary).toMatchObject({ rejected: 0, rejectsFile: null });
      expect(summary.skipped).toBeGreaterThanOrEqual(1500);
      expect(summary.skipped + summary.upserted).toBe(ROWS);
      const table = sorted('Products');
      expect(table).toHaveLength(ROWS);
      expect(new Set(table.map((row) => row.sku)).size).toBe(ROWS);
      expect(table).toEqual(expected);
      expect(existsSync(`${file}.import-journal`)).toBe(false);
    },
  );

  it('puts malformed and refused rows in the rejects file with their line numbers and errors', async () => {
    const file = join(tempDir(), 'mixed.csv');
    writeFileSync(
      file,
      [
        'sku,name,price',
        'A-1,Alpha,1',
        'A-2,"Beta, the second",2,extra',
        ',No key,3',
        'A-4,"Delta\nmultiline",4',
        'A-5,Epsilon',
      ].join('\n') + '\n',
    );
    const run = await cli(['md', 'import', 'Mixed', file, '--key', 'sku', '--json']);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({
      upserted: 2,
      rejected: 3,
      rejectsFile: `${file}.rejects.jsonl`,
    });
    const rejects = readFileSync(`${file}.rejects.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rejects.map((reject) => reject.line).sort()).toEqual([3, 4, 7]);
    expect(rejects.find((reject) => reject.line === 4)).toMatchObject({
      error: expect.stringContaining('no value in key column "sku"'),
      row: { sku: '', name: 'No key' },
    });
    expect(rejects.find((reject) => reject.line === 3).error).toMatch(/column/i);
    expect(sorted('Mixed').map((row) => row.sku)).toEqual(['A-1', 'A-4']);
    expect(sorted('Mixed')[1]!.name).toBe('Delta\nmultiline');
  });

  it('--dry-run counts inserts, updates and unchanged rows against the table, and writes nothing', async () => {
    const file = join(tempDir(), 'clientes.jsonl');
    writeFileSync(
      file,
      [
        { Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' },
        { Código: 'P-002', nombre: 'Globex', ciudad: 'Quito' },
        { Código: 'P-003', nombre: 'Initech', ciudad: 'Bogotá' },
      ]
        .map((row) => JSON.stringify(row))
        .concat(['not json', '[1]'])
        .join('\n'),
    );
    const before = fixture.emulator.readTable('Clientes');
    const run = await cli([
      'md',
      'import',
      'Clientes',
      file,
      '--key',
      'Código',
      '--dry-run',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      dryRun: true,
      insert: 1,
      update: 1,
      unchanged: 1,
      rejected: 2,
    });
    expect(fixture.emulator.readTable('Clientes')).toEqual(before);
    expect(existsSync(`${file}.import-journal`)).toBe(false);
  });
});
