// `blizwork master-data export <table>`: the records as CSV or JSON lines, to a file or stdout.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { connect } from '../../client.js';
import type { CliContext } from '../../context.js';
import { exportedCell } from '../../csv-formula-guard.js';
import { ExitCode, UsageError } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';

/** The formats of `master-data export`. */
export type RecordsFormat = 'csv' | 'jsonl';

/** What `master-data export` is given. */
export interface ExportOptions extends GlobalOptions {
  table: string;
  format: RecordsFormat;
  /** Write to this file instead of stdout. */
  out?: string;
  /** Equality filter. */
  filter: Record<string, unknown>;
  /** False with --no-formula-guard. */
  formulaGuard: boolean;
}

/** `--format`, checked. */
export function parseRecordsFormat(text: string): RecordsFormat {
  if (text !== 'csv' && text !== 'jsonl')
    throw new UsageError(`--format must be csv or jsonl (got "${text}")`);
  return text;
}

async function writeRecords(
  records: Record<string, unknown>[],
  options: ExportOptions,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  const target: NodeJS.WritableStream =
    options.out === undefined ? stdout : createWriteStream(options.out);
  if (options.format === 'jsonl') {
    for (const record of records) target.write(`${JSON.stringify(record)}\n`);
  } else {
    const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
    const cell = exportedCell(options.formulaGuard);
    const { stringify } = await import('csv-stringify'); // loaded only for CSV output
    // Numbers, booleans and JSON objects never start like a formula (see csv-formula-guard.ts):
    // strings do, and may hold anything a user typed into the table. csv-stringify casts the
    // header's column names with the string cast too.
    const csv = stringify({
      header: columns.length > 0,
      columns,
      cast: {
        string: cell,
        object: (value) => JSON.stringify(value),
        boolean: (value) => String(value),
      },
    });
    csv.pipe(target, { end: false });
    for (const record of records) csv.write(record);
    csv.end();
    await finished(csv);
  }
  if (options.out !== undefined) {
    target.end();
    await finished(target);
  }
}

/** Writes the matching records to `--out` or stdout; with `--out`, prints a summary. */
export async function run(options: ExportOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  if (options.json && options.out === undefined)
    throw new UsageError(
      '--json with md export needs --out',
      'stdout carries the JSON summary; the records go to the file.',
    );
  const { bw } = await connect(options, context);
  const records = await bw.masterData(options.table).records(options.filter);
  await writeRecords(records, options, output.stdout);
  if (options.out !== undefined)
    output.result(
      { records: records.length, format: options.format, out: options.out },
      () => `Exported ${records.length} records to ${options.out}`,
    );
  return ExitCode.Ok;
}
