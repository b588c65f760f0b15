// `blizwork master-data query|export|import|delete` (alias `md`): the commander wiring only. Each
// subcommand's work is the `run(options, context)` of its module.
import type { Command } from 'commander';
import { runAction, withExample } from '../../command-context.js';
import { EXPORT_OPT_OUT_HELP } from '../../csv-formula-guard.js';
import { collectPair } from '../../key-values.js';
import { run as deleteRecords } from './delete.js';
import { parseRecordsFormat, run as exportRecords } from './export-records.js';
import { registerMasterDataImport } from './import/index.js';
import { run as queryRecords } from './query.js';

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
        runAction<{ filter?: Record<string, unknown> }>((args, options, context) =>
          queryRecords(
            { ...options, table: String(args[0]), filter: options.filter ?? {} },
            context,
          ),
        ),
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
        runAction<{
          format: string;
          out?: string;
          filter?: Record<string, unknown>;
          formulaGuard: boolean;
        }>((args, options, context) =>
          exportRecords(
            {
              ...options,
              table: String(args[0]),
              format: parseRecordsFormat(options.format),
              filter: options.filter ?? {},
            },
            context,
          ),
        ),
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
        runAction<{ filter?: Record<string, unknown>; yes?: boolean }>((args, options, context) =>
          deleteRecords(
            {
              ...options,
              table: String(args[0]),
              filter: options.filter ?? {},
              yes: options.yes === true,
            },
            context,
          ),
        ),
      ),
    'blizwork master-data delete Clientes --filter Código=P-002 --yes',
  );

  registerMasterDataImport(md);
}
