// `blizwork cases export <process>`: one getCase per summary (paced by the client's plan limit),
// written as JSON lines or CSV to a file or stdout, with a progress bar on a TTY.
import { CaseDataLevel, type Case, type Process } from '@blizwork/sdk';
import type { Stringifier } from 'csv-stringify';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { connect } from '../../client.js';
import type { CliContext } from '../../context.js';
import { exportedCell } from '../../csv-formula-guard.js';
import { ExitCode, UsageError } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import { createProgress, type Progress } from '../../output/progress.js';
import { definitionFieldIds } from './case-fields.js';
import { caseView } from './case-view.js';

/** The formats of `cases export`. */
export type ExportFormat = 'jsonl' | 'csv';

/** What `cases export` is given. */
export interface ExportCasesOptions extends GlobalOptions {
  processId: string;
  format: ExportFormat;
  /** Write to this file instead of stdout. */
  out?: string;
  /** Equality filter. */
  filter: Record<string, unknown>;
  /** Reads at once (1 to 64). */
  concurrency: number;
  /** False with --no-formula-guard. */
  formulaGuard: boolean;
}

/** What `cases export` did. */
export interface ExportSummary {
  cases: number;
  format: ExportFormat;
  out: string;
}

/** `--format`, checked. */
export function parseExportFormat(text: string): ExportFormat {
  if (text !== 'jsonl' && text !== 'csv')
    throw new UsageError(`--format must be jsonl or csv (got "${text}")`);
  return text;
}

/** `--concurrency`, checked. */
export function parseConcurrency(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--concurrency must be 1 to 64 (got "${text}")`);
  return n;
}

/** The CSV columns: the case's identity then every field of the process definition (or of the case). */
function csvColumns(first: Case): string[] {
  const fields = definitionFieldIds(first) ?? Object.keys(first.fields);
  return ['caseNumber', 'environment', 'pendingFormId', 'closed', ...new Set(fields)];
}

async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Exports the cases matching `options.filter` to `--out` or stdout; with `--out` (or --json)
 * prints a summary.
 */
export async function run(options: ExportCasesOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  if (options.json && options.out === undefined)
    throw new UsageError(
      '--json with cases export needs --out',
      'stdout carries the JSON summary; the cases go to the file.',
    );
  const { bw } = await connect(options, context);
  const summary = await exportCases(bw.process(options.processId), options, output);
  if (options.out !== undefined || options.json)
    output.result(summary, () => `Exported ${summary.cases} cases to ${summary.out}`);
  return ExitCode.Ok;
}

/** Reads the cases (include 3: the definition gives the CSV columns) and writes them. */
async function exportCases(
  process: Process,
  options: ExportCasesOptions,
  output: Output,
): Promise<ExportSummary> {
  const { concurrency } = options;
  // The target and the progress bar wait for the list: a failed list creates no file.
  const opened: { target?: NodeJS.WritableStream; progress?: Progress } = {};
  const cases = process.casesWithDetails(options.filter, {
    include: CaseDataLevel.PlusProcessDefinition,
    concurrency,
    onListed: (total) => {
      opened.target = options.out === undefined ? output.stdout : createWriteStream(options.out);
      opened.progress = createProgress(output, 'cases', total);
    },
  });
  let csv: Stringifier | undefined;
  let count = 0;
  try {
    for await (const c of cases) {
      const target = opened.target!; // onListed ran before the first case
      if (options.format === 'jsonl') {
        // `closed` as the SDK reads it (the document's member, else its history), like the CSV column.
        await write(target, `${JSON.stringify({ ...c.document, closed: c.closed ?? null })}\n`);
      } else {
        if (csv === undefined) {
          const { stringify } = await import('csv-stringify'); // loaded only for CSV
          const cell = exportedCell(options.formulaGuard);
          // Field values are typed by whoever fills a form: strings (field ids in the header too,
          // csv-stringify casts them as strings) are guarded.
          csv = stringify({
            header: true,
            columns: csvColumns(c),
            cast: { string: cell, object: (value) => JSON.stringify(value) },
          });
          csv.pipe(target, { end: false });
        }
        const view = caseView(c);
        if (
          !csv.write({
            ...(c.fields as Record<string, unknown>),
            caseNumber: view.caseNumber,
            environment: view.environment,
            pendingFormId: view.pendingFormId,
            closed: c.closed === undefined ? '' : String(c.closed),
          })
        )
          await once(csv, 'drain');
      }
      opened.progress?.update(++count);
    }
  } finally {
    opened.progress?.stop();
  }
  if (csv !== undefined) {
    csv.end();
    await finished(csv);
  }
  if (options.out !== undefined && opened.target !== undefined) {
    opened.target.end();
    await finished(opened.target);
  }
  return { cases: count, format: options.format, out: options.out ?? '-' };
}
