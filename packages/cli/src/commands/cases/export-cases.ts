// `cases export`: one getCase per summary (paced by the client's plan limit), written as JSON lines
// or CSV to a file or stdout, with a progress bar on a TTY.
import type { Case, CaseDataLevel, Process } from '@blizwork/sdk';
import type { Stringifier } from 'csv-stringify';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { exportedCell } from '../../csv-formula-guard.js';
import { UsageError } from '../../errors.js';
import { orderedMap } from './ordered-map.js';
import type { Output } from '../../output/output.js';
import { createProgress } from '../../output/progress.js';
import { definitionFieldIds } from './case-fields.js';
import { caseView } from './case-view.js';

/** What `cases export` did. */
export interface ExportSummary {
  cases: number;
  format: 'jsonl' | 'csv';
  out: string;
}

function parseConcurrency(text: string): number {
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

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Exports the cases matching `options.filter`; resolves a summary. */
export async function exportCases(
  process: Process,
  options: {
    format: string;
    out?: string;
    filter?: Record<string, unknown>;
    concurrency: string;
    include: CaseDataLevel;
    json?: boolean;
    /** False with --no-formula-guard. */
    formulaGuard: boolean;
  },
  output: Output,
): Promise<ExportSummary> {
  if (options.format !== 'jsonl' && options.format !== 'csv')
    throw new UsageError(`--format must be jsonl or csv (got "${options.format}")`);
  if (options.json && options.out === undefined)
    throw new UsageError(
      '--json with cases export needs --out',
      'stdout carries the JSON summary; the cases go to the file.',
    );
  const concurrency = parseConcurrency(options.concurrency);
  const summaries = await process.listCases(options.filter ?? {});
  const numbers = summaries
    .map((summary) => summary.caseNumber)
    .filter((n): n is number => Number.isInteger(n));
  const target: Writable =
    options.out === undefined ? globalThis.process.stdout : createWriteStream(options.out);
  const progress = createProgress(output, 'cases', numbers.length);
  let csv: Stringifier | undefined;
  let count = 0;
  try {
    for await (const c of orderedMap(
      numbers,
      (n) => process.getCase(n, { include: Math.max(options.include, 3) as CaseDataLevel }),
      concurrency,
    )) {
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
      progress.update(++count);
    }
  } finally {
    progress.stop();
  }
  if (csv !== undefined) {
    csv.end();
    await finished(csv);
  }
  if (options.out !== undefined) {
    target.end();
    await finished(target);
  }
  return { cases: count, format: options.format, out: options.out ?? '-' };
}
