// Reads an import file as a stream of numbered rows: CSV (header line = column names) through
// csv-parse, or JSON lines. A malformed row is not fatal: it comes out as a reject with its line
// number, so the import goes on and nothing is lost silently.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { UsageError } from '../errors.js';

/** One row of the file, or why it could not be read. `line` is 1-based, as editors show it. */
export type SourceRow =
  { line: number; row: Record<string, unknown> } | { line: number; error: string; raw?: string };

/** The formats `md import` reads. */
export type ImportFormat = 'csv' | 'jsonl';

/** The format of `file`, from its extension. */
export function formatOf(file: string): ImportFormat {
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  throw new UsageError(`Cannot tell the format of ${file}`, 'Name the file *.csv or *.jsonl.');
}

async function* csvRows(file: string): AsyncGenerator<SourceRow> {
  const { parse } = await import('csv-parse'); // loaded only for CSV files
  const skipped: SourceRow[] = [];
  const parser = createReadStream(file).pipe(
    parse({
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // A malformed record (wrong column count, bad quoting) is skipped by the parser and kept
      // here, to be yielded as a reject in file order.
      on_skip: (error) => {
        if (error)
          skipped.push({ line: (error as { lines?: number }).lines ?? 0, error: error.message });
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    yield* skipped.splice(0);
    yield { line: info.lines, row: record };
  }
  yield* skipped.splice(0);
}

async function* jsonlRows(file: string): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line, error: `not valid JSON: ${(error as Error).message}`, raw: text.slice(0, 200) };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, error: 'not a JSON object', raw: text.slice(0, 200) };
      continue;
    }
    yield { line, row: value as Record<string, unknown> };
  }
}

/** The rows of `file`, in order. */
export function readRows(
  file: string,
  format: ImportFormat = formatOf(file),
): AsyncGenerator<SourceRow> {
  return format === 'csv' ? csvRows(file) : jsonlRows(file);
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
