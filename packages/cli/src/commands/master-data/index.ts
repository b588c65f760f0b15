// `blizwork md query|export|import|delete`: master-data tables.
import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { action, withExample } from '../../command-context.js';
import { connect } from '../../client.js';
import { processContext } from '../../context.js';
import { CliError, UsageError } from '../../errors.js';
import { EXPORT_OPT_OUT_HELP, exportedCell } from '../../csv-formula-guard.js';
import { collectPair } from '../../key-values.js';
import { registerMasterDataImport } from './import/index.js';

interface ExportOptions {
  format: string;
  out?: string;
  filter?: Record<string, unknown>;
  /** False with --no-formula-guard. */
  formulaGuard: boolean;
}

async function writeRecords(
  records: Record<string, unknown>[],
  options: ExportOptions,
): Promise<void> {
  const target: Writable =
    options.out === undefined ? process.stdout : createWriteStream(options.out);
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

/** Registers `master-data` (alias `md`) and its subcommands. */
export function registerMasterData(program: Command): void {
  const md = program
    .command('master-data')
    // The noun explains itself; `md`, the first name, keeps working.
    .alias('md')
    .description('query, export, import and delete master-data records');

  withExample(
    md
      .command('query <table>')
      .description('list the records matching the filter')
      .option('--filter <key=value>', 'equality filter (repeatable)', collectPair('--filter'))
      .action(
        action<{ filter?: Record<string, unknown> }>(async ({ args, options, output }) => {
          const { bw } = await connect(options, processContext());
          output.rows(await bw.masterData(String(args[0])).records(options.filter ?? {}));
        }),
      ),
    'blizwork master-data query Clientes --filter ciudad=Lima',
  );

  withExample(
    md
      .command('export <table>')
      .description('write the records as CSV or JSON lines')
      .requiredOption('--format <format>', 'csv or jsonl')
      .option('--out <file>', 'write to a file instead of stdout')
      .option('--filter <key=value>', 'equality filter (repeatable)', collectPair('--filter'))
      .option('--no-formula-guard', EXPORT_OPT_OUT_HELP)
      .action(
        action<ExportOptions>(async ({ args, options, output }) => {
          if (options.format !== 'csv' && options.format !== 'jsonl')
            throw new UsageError(`--format must be csv or jsonl (got "${options.format}")`);
          if (options.json && options.out === undefined)
            throw new UsageError(
              '--json with md export needs --out',
              'stdout carries the JSON summary; the records go to the file.',
            );
          const { bw } = await connect(options, processContext());
          const records = await bw.masterData(String(args[0])).records(options.filter ?? {});
          await writeRecords(records, options);
          if (options.out !== undefined)
            output.result(
              { records: records.length, format: options.format, out: options.out },
              () => `Exported ${records.length} records to ${options.out}`,
            );
        }),
      ),
    'blizwork master-data export Clientes --format csv --out clientes.csv',
  );

  withExample(
    md
      .command('delete <table>')
      .description('delete the records matching the filter (needs --yes)')
      .option(
        '--filter <key=value>',
        'equality filter (repeatable, required)',
        collectPair('--filter'),
      )
      .option('--yes', 'confirm the deletion')
      .action(
        action<{ filter?: Record<string, unknown>; yes?: boolean }>(
          async ({ args, options, output }) => {
            const filter = options.filter ?? {};
            if (Object.keys(filter).length === 0)
              throw new UsageError(
                'md delete needs --filter',
                'An empty filter would match every record; name the records to delete.',
              );
            if (!options.yes)
              throw new CliError('Not deleted: md delete needs --yes', {
                hint: 'Check the records with `blizwork master-data query` and the same --filter first.',
                exitCode: 2,
              });
            const { bw } = await connect(options, processContext());
            const result = await bw.masterData(String(args[0])).delete(filter);
            output.result(
              { table: args[0], filter, result },
              () => `Deleted the records of ${String(args[0])} matching ${JSON.stringify(filter)}`,
            );
          },
        ),
      ),
    'blizwork master-data delete Clientes --filter Código=P-002 --yes',
  );

  registerMasterDataImport(md);
}
