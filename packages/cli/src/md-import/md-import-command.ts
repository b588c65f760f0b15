// `blizwork md import <table> <file> --key <field>[,<field>]`.
import type { Command } from 'commander';
import { action, withExample } from '../command-context.js';
import { connect } from '../client.js';
import { UsageError } from '../errors.js';
import { createProgress } from '../output/progress.js';
import { dryRun } from './dry-run.js';
import { ImportJournal, journalPathOf } from './journal.js';
import { RejectsFile, rejectsPathOf } from './rejects-file.js';
import { estimateRows, formatOf, readRows } from './row-source.js';
import { runImport } from './run-import.js';

interface ImportOptions {
  key: string;
  dryRun?: boolean;
  resume?: boolean;
  rejects?: string;
  journal?: string;
  concurrency: string;
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

/** Registers `md import`. */
export function registerMdImport(md: Command): void {
  const command = md
    .command('import <table> <file>')
    .description('upsert every row of a CSV or JSON-lines file, keyed on --key (resumable)')
    .requiredOption('--key <columns>', 'the column(s) that identify a row, comma-separated')
    .option(
      '--dry-run',
      'count the rows that would be inserted, updated or left unchanged; write nothing',
    )
    .option(
      '--resume',
      'continue an interrupted import: skip every row its journal records as done (rows in flight at the interruption are sent again)',
    )
    .option('--rejects <file>', 'where failed rows go (default <file>.rejects.jsonl)')
    .option('--journal <file>', 'the journal of this import (default <file>.import-journal)')
    .option('--concurrency <n>', 'upserts at once (the plan limit still paces them)', '8')
    .action(
      action<ImportOptions>(async ({ args, options, output }) => {
        const [table, file] = [String(args[0]), String(args[1])];
        const format = formatOf(file);
        const key = keyColumns(options.key);
        const concurrency = positiveInt('--concurrency', options.concurrency, 256);
        const { bw } = await connect(options);
        const target = bw.masterData(table);
        const total = output.interactive ? await estimateRows(file, format) : undefined;
        const progress = createProgress(output, table, total);
        try {
          if (options.dryRun) {
            const counts = await dryRun(target, readRows(file, format), key, (done) =>
              progress.update(done),
            );
            progress.stop();
            output.result(
              { table, file, dryRun: true, ...counts },
              () =>
                `Dry run of ${file} into ${table}: ${counts.insert} to insert, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.rejected} rejected`,
            );
            return;
          }
          const header = await ImportJournal.header(file, table, key);
          const journal = await ImportJournal.open(
            options.journal ?? journalPathOf(file),
            header,
            options.resume === true,
          );
          const rejects = new RejectsFile(
            options.rejects ?? rejectsPathOf(file),
            options.resume === true,
          );
          const counts = await runImport(readRows(file, format), {
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
              `Imported ${file} into ${table}: ${counts.upserted} upserted, ${counts.rejected} rejected${counts.skipped ? `, ${counts.skipped} already done (resumed)` : ''}`,
              ...(rejects.count > 0
                ? [`Rejected rows (with line numbers and errors): ${rejects.path}`]
                : []),
            ].join('\n'),
          );
          if (counts.rejected > 0) process.exitCode = 1;
        } finally {
          progress.stop();
        }
      }),
    );
  withExample(
    command,
    'blizwork md import Clientes clientes.csv --key Código --dry-run',
    'blizwork md import Clientes clientes.csv --key Código',
    'blizwork md import Clientes clientes.csv --key Código --resume',
  );
}
