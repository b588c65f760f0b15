// Reads an import file as a stream of numbered rows: CSV (header line = column names; records
// framed by ./csv-records.ts) or JSON lines. A malformed row is not fatal: it comes out as a
// reject with its line number(s) and raw text, so the import goes on and nothing is lost
// silently. Line numbers are the file's (1-based, as editors show them), everywhere.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { importedCell } from '../../../csv-formula-guard.js';
import { CliError, UsageError } from '../../../errors.js';
import type { CsvRecord } from './csv-records.js';

/** Where a row is in the file: its first line, its last when it spans several, its text. */
export interface RowPlace {
  line: number;
  /** Only when the row spans several lines (a CSV value with line breaks). */
  endLine?: number;
  /** The row's text in the file (its lines joined by `\n`). */
  raw: string;
}

/** One row of the file, or why it could not be read. */
export type SourceRow = RowPlace & ({ row: Record<string, unknown> } | { error: string });

/** The formats `md import` reads. */
export type ImportFormat = 'csv' | 'jsonl';

/** How to read the file. */
export interface ReadOptions {
  /** CSV: remove the `'` that `md export` puts before formula-like cells (default true). */
  formulaGuard?: boolean;
}

/** The format of `file`, from its extension. */
export function formatOf(file: string): ImportFormat {
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  throw new UsageError(`Cannot tell the format of ${file}`, 'Name the file *.csv or *.jsonl.');
}

/** Where a row is, in the shape every reject has (`endLine` only when the row spans lines). */
export const placeOf = ({ line, endLine, raw }: RowPlace): RowPlace =>
  endLine === undefined || endLine === line ? { line, raw } : { line, endLine, raw };

/** The column names of a header record: each named, none twice. */
function headerColumns(record: CsvRecord, cell: (text: string) => string, file: string): string[] {
  const bad = (problem: string) =>
    new CliError(`The header of ${file} (line ${record.line}) ${problem}`, {
      hint: 'The first line names the columns, once each, e.g. sku,name,price.',
      exitCode: 2,
    });
  if ('error' in record) throw bad(`cannot be read: ${record.error}`);
  const columns = record.values.map(cell);
  const empty = columns.indexOf('');
  if (empty !== -1) throw bad(`has no name for column ${empty + 1}`);
  const twice = columns.find((column, i) => columns.indexOf(column) !== i);
  if (twice !== undefined) throw bad(`names the column "${twice}" twice`);
  return columns;
}

async function* csvRows(file: string, options: ReadOptions): AsyncGenerator<SourceRow> {
  const { csvRecords } = await import('./csv-records.js'); // csv-parse is loaded only for CSV
  const cell = importedCell(options.formulaGuard ?? true);
  let columns: string[] | undefined;
  for await (const record of csvRecords(file)) {
    if (columns === undefined) {
      columns = headerColumns(record, cell, file);
      continue;
    }
    const place = placeOf(record);
    if ('error' in record) {
      yield { ...place, error: record.error };
    } else if (record.values.length !== columns.length) {
      const count = record.values.length;
      yield {
        ...place,
        error: `${count} value${count === 1 ? '' : 's'}; the header has ${columns.length} columns`,
      };
    } else {
      // fromEntries makes own properties, even for a column named __proto__.
      const values = record.values;
      yield {
        ...place,
        row: Object.fromEntries(columns.map((column, i) => [column, cell(values[i]!)])),
      };
    }
  }
}

async function* jsonlRows(file: string): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      yield { line, raw, error: `not valid JSON: ${(error as Error).message}` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, raw, error: 'not a JSON object' };
      continue;
    }
    yield { line, raw, row: value as Record<string, unknown> };
  }
}

/** The rows of `file`, in order. */
export function readRows(
  file: string,
  format: ImportFormat = formatOf(file),
  options: ReadOptions = {},
): AsyncGenerator<SourceRow> {
  return format === 'csv' ? csvRows(file, options) : jsonlRows(file);
}

/** About how many rows the file has (its line count, minus the CSV header), for the ETA. */
export async function estimateRows(file: string, format: ImportFormat): Promise<number> {
  let newlines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  const lines = newlines + (last === 10 ? 0 : 1);
  return Math.max(0, format === 'csv' ? lines - 1 : lines);
}
