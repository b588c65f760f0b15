// `blizwork master-data import <table> <file> --key <field>[,<field>]`: `run` does the import (or
// the dry run), `registerMasterDataImport` is the commander wiring.
import type { Command } from 'commander';
import { connect } from '../../../client.js';
import { runAction, withExample } from '../../../command-context.js';
import type { CliContext } from '../../../context.js';
import { IMPORT_OPT_OUT_HELP } from '../../../csv-formula-guard.js';
import { ExitCode, UsageError } from '../../../errors.js';
import type { GlobalOptions } from '../../../global-options.js';
import { Output } from '../../../output/output.js';
import { createProgress } from '../../../output/progress.js';
import { dryRun } from './dry-run.js';
import { ImportJournal, journalPathOf } from './journal.js';
import { RejectsFile, rejectsPathOf } from './rejects-file.js';
import { linesText, watchMultiLine } from './row-lines.js';
import { estimateRows, formatOf, readRows } from './row-source.js';
import { runImport, type ImportCounts } from './run-import.js';

/** The flags of `master-data import` as commander parsed them. */
interface ImportFlags {
  key: string;
  dryRun?: boolean;
  resume?: boolean;
  rejects?: string;
  journal?: string;
  concurrency: string;
  /** False with --no-formula-guard. */
  formulaGuard: boolean;
}

/** What `master-data import` is given. */
export interface ImportOptions extends GlobalOptions {
  table: string;
  /** The CSV or JSON-lines file (its extension names the format). */
  file: string;
  /** The column(s) that identify a row. */
  key: string[];
  /** Count what would happen, list the rejects, write nothing (exit 1 if any row would be rejected). */
  dryRun: boolean;
  /** Skip every row the journal of an interrupted import records as done. */
  resume: boolean;
  /** Where failed rows go. @default `<file>.rejects.jsonl` */
  rejects?: string;
  /** The journal of this import. @default `<file>.import-journal` */
  journal?: string;
  /** Upserts at once (1 to 256; the plan limit still paces them). */
  concurrency: number;
  /** False with --no-formula-guard. */
  formulaGuard: boolean;
}

function positiveInt(flag: string, text: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${flag} must be an integer from 1 to ${max} (got "${text}")`);
  return n;
}

function keyColumns(text: string): string[] {
  const columns = text.split(',').map((column) => column.trim());
  if (columns.some((column) => column === ''))
    throw new UsageError(
      `--key must name columns, e.g. --key id or --key rut,sucursal (got "${text}")`,
    );
  return columns;
}

/**
 * The summary line: every row read is counted once (read = upserted + rejected + skipped). The
 * total is named when it is not simply the upserted count, so a clean import reads as before.
 */
function importSummary(file: string, table: string, counts: ImportCounts): string {
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} already done (resumed)` : '';
  const read = counts.read === counts.upserted ? '' : `; ${counts.read} rows read`;
  return `Imported ${file} into ${table}: ${counts.upserted} upserted, ${counts.rejected} rejected${skipped}${read}`;
}

/**
 * Upserts every row of the file keyed on `key` (journaled, resumable; failed rows go to the
 * rejects file), or with `dryRun` counts what would happen; exit 1 when a row was (or would be)
 * rejected.
 */
export async function run(options: ImportOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const { table, file, key, concurrency } = options;
  const format = formatOf(file);
  const { bw } = await connect(options, context);
  const target = bw.masterData(table);
  const total = output.interactive ? await estimateRows(file, format) : undefined;
  const progress = createProgress(output, table, total);
  try {
    const source = watchMultiLine(readRows(file, format, { formulaGuard: options.formulaGuard }));
    if (options.dryRun) {
      const result = await dryRun(target, source.rows, key, (done) => progress.update(done));
      progress.stop();
      output.result({ table, file, dryRun: true, ...result }, () =>
        [
          `Dry run of ${file} into ${table}: ${result.insert} to insert, ${result.update} to update, ${result.unchanged} unchanged, ${result.rejected} rejected; ${result.read} rows read`,
          ...result.rejects.map((reject) => `  ${linesText(reject)}: ${reject.error}`),
          ...(result.rejected > result.rejects.length
            ? [`  ... and ${result.rejected - result.rejects.length} more`]
            : []),
          ...source.note(),
        ].join('\n'),
      );
      return result.rejected > 0 ? ExitCode.Failure : ExitCode.Ok;
    }
    const header = await ImportJournal.header(file, table, key);
    const journal = await ImportJournal.open(
      options.journal ?? journalPathOf(file),
      header,
      options.resume,
    );
    const rejects = new RejectsFile(options.rejects ?? rejectsPathOf(file), options.resume);
    const counts = await runImport(source.rows, {
      table: target,
      key,
      concurrency,
      journal,
      rejects,
      onProgress: (settled) => progress.update(settled),
    });
    progress.stop();
    rejects.close();
    await journal.remove();
    const summary = {
      table,
      file,
      ...counts,
      rejectsFile: rejects.count > 0 ? rejects.path : null,
    };
    output.result(summary, () =>
      [
        importSummary(file, table, counts),
        ...(rejects.count > 0
          ? [`Rejected rows (with line numbers, errors and raw text): ${rejects.path}`]
          : []),
        ...source.note(),
      ].join('\n'),
    );
    return counts.rejected > 0 ? ExitCode.Failure : ExitCode.Ok;
  } finally {
    progress.stop();
  }
}

/** Registers `md import`. */
export function registerMasterDataImport(md: Command): void {
  const command = md
    .command('import <table> <file>')
    .description('upsert every row of a CSV or JSON-lines file, keyed on --key (resumable)')
    .requiredOption('--key <columns>', 'the column(s) that identify a row, comma-separated')
    .option(
      '--dry-run',
      'count the rows that would be inserted, updated, left unchanged or rejected, list the rejects; write nothing (exit 1 if any row would be rejected)',
    )
    .option(
      '--resume',
      'continue an interrupted import: skip every row its journal records as done (rows in flight at the interruption are sent again)',
    )
    .option('--rejects <file>', 'where failed rows go (default <file>.rejects.jsonl)')
    .option('--journal <file>', 'the journal of this import (default <file>.import-journal)')
    .option('--concurrency <n>', 'upserts at once (the plan limit still paces them)', '8')
    .option('--no-formula-guard', IMPORT_OPT_OUT_HELP)
    .action(
      runAction<ImportFlags>((args, options, context) =>
        run(
          {
            ...options,
            table: String(args[0]),
            file: String(args[1]),
            key: keyColumns(options.key),
            dryRun: options.dryRun === true,
            resume: options.resume === true,
            concurrency: positiveInt('--concurrency', options.concurrency, 256),
          },
          context,
        ),
      ),
    );
  withExample(
    command,
    'blizwork master-data import Clientes clientes.csv --key Código --dry-run',
    'blizwork master-data import Clientes clientes.csv --key Código',
    'blizwork master-data import Clientes clientes.csv --key Código --resume',
  );
}
