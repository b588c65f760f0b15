// The CSV reader of `md import` loses no line: any file, however broken its quoting, comes out as
// records whose line ranges cover every non-blank line exactly once, in order; a well-formed file
// gives back exactly the rows written into it; and a stray quote costs only its own line.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  csvRecords,
  MAX_RECORD_CHARS,
  parseRecord,
  type CsvRecord,
} from '../src/commands/master-data/import/csv-records.js';
import { tempDir } from './helpers/run-cli.js';

const dir = tempDir();
let files = 0;
async function recordsOf(text: string): Promise<CsvRecord[]> {
  const file = join(dir, `f${files++}.csv`);
  writeFileSync(file, text);
  const records: CsvRecord[] = [];
  for await (const record of csvRecords(file)) records.push(record);
  return records;
}

/** Every line of `text` (1-based) that is not blank is in exactly one record's range, in order. */
function expectEveryLineOnce(text: string, records: CsvRecord[]) {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const covered = records.flatMap((r) =>
    Array.from({ length: r.endLine - r.line + 1 }, (_, i) => r.line + i),
  );
  const expected = lines.flatMap((line, i) => (line.replace(/\r$/, '') === '' ? [] : [i + 1]));
  // Blank lines inside a quoted value belong to its record: drop them before comparing.
  expect(covered.filter((n) => expected.includes(n))).toEqual(expected);
  expect(new Set(covered).size).toBe(covered.length);
  for (const record of records) {
    const own = lines
      .slice(record.line - 1, record.endLine)
      .join('\n')
      .replace(/\r$/, '');
    expect(record.raw).toBe(own);
  }
}

const cell = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('"', '""', 'a,b', '\n', '\r\n', 'x\ny', ' ', "'", '\uFEFF'),
);
const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), {
  minLength: 1,
  maxLength: 8,
});

describe('csvRecords', () => {
  it('gives back exactly the rows csv-stringify wrote, with the lines they span', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.boolean(), async (rows, crlf) => {
        // Quote every value with a line break, as spreadsheets do (csv-stringify quotes only the
        // record delimiter by default, so a bare \n would go unquoted in a CRLF file).
        const text = stringify(rows, {
          record_delimiter: crlf ? 'windows' : 'unix',
          quoted_match: /[\r\n]/,
        });
        const records = await recordsOf(text);
        // A BOM at the very start of the file is dropped (as spreadsheets write one).
        const expected = rows.map((row, i) =>
          i === 0 ? [row[0]!.replace(/^\uFEFF/, ''), ...row.slice(1)] : row,
        );
        expect(records.map((r) => ('values' in r ? r.values : r.error))).toEqual(expected);
        expectEveryLineOnce(text, records);
      }),
      { numRuns: 150 },
    );
  });

  it('accounts for every line of any file, however broken its quotes', async () => {
    const line = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ',', '"', ' ', '\r', 'é'), maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 8 }).filter((s) => !s.includes('\n')),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (lines, end) => {
          const text = lines.join('\n') + (end ? '\n' : '');
          const records = await recordsOf(text);
          expectEveryLineOnce(text, records);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a stray quote costs its own line: the rows after it are read as they are', async () => {
    const text = 'id,name\n1,a\n2,"b\n3,c\n4,"d"\n5,e"\n6,f\n';
    const records = await recordsOf(text);
    // Line 3's quote runs to line 6's, and that record's quoting is broken: line 3 alone is
    // rejected and lines 4, 5… are read again on their own; line 6's quote never closes.
    expect(records.map((r) => [r.line, r.endLine, 'values' in r ? r.values : 'rejected'])).toEqual([
      [1, 1, ['id', 'name']],
      [2, 2, ['1', 'a']],
      [3, 3, 'rejected'],
      [4, 4, ['3', 'c']],
      [5, 5, ['4', 'd']],
      [6, 6, 'rejected'],
      [7, 7, ['6', 'f']],
    ]);
    expect(records[5]).toMatchObject({
      raw: '5,e"',
      error: 'a quote opened on this line is never closed',
    });
  });

  it('bounds what an open quote or a long line can take: past MAX_RECORD_CHARS the line alone is rejected', async () => {
    const filler = Array.from(
      { length: Math.ceil(MAX_RECORD_CHARS / 50) + 10 },
      (_, i) => `${i},${'x'.repeat(45)}`,
    );
    const long = `9,${'y'.repeat(MAX_RECORD_CHARS + 10)}`;
    const text = ['id,v', '1,"open', ...filler, long, '2,after'].join('\n');
    const records = await recordsOf(text);
    expect(records[1]).toMatchObject({
      line: 2,
      error: 'a quote opened on this line is never closed',
    });
    expect(records.slice(2, -2).every((r) => 'values' in r)).toBe(true);
    expect(records.slice(2, -2)).toHaveLength(filler.length);
    expect(records.at(-2)).toMatchObject({
      line: filler.length + 3,
      error: `the line is longer than ${MAX_RECORD_CHARS} characters`,
    });
    expect(records.at(-2)!.raw).toHaveLength(MAX_RECORD_CHARS);
    expect(records.at(-1)).toMatchObject({ line: filler.length + 4, values: ['2', 'after'] });
  });

  it('reads a record without quotes exactly as csv-parse does', () => {
    const unquoted = fc
      .string({
        unit: fc.oneof(
          fc.constantFrom(',', ' ', '\r', '\t', "'", '#', '\uFEFF'),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        ),
      })
      .filter((text) => !text.includes('"') && !text.includes('\n') && text !== '');
    fc.assert(
      fc.property(unquoted, (text) => {
        const [values] = parse(text, {
          record_delimiter: '\n',
          relax_column_count: true,
        });
        expect(parseRecord(text)).toEqual({ values });
      }),
      { numRuns: 1000 },
    );
  });
});
