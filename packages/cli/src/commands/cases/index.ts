// `blizwork cases list|get|start|exec|export`: the commander wiring only. Each subcommand's work is
// the `run(options, context)` of its module (list.ts, get.ts, start.ts, exec.ts, export-cases.ts).
import type { CaseDataLevel } from '@blizwork/sdk';
import type { Command } from 'commander';
import { runAction, withExample } from '../../command-context.js';
import { EXPORT_OPT_OUT_HELP } from '../../csv-formula-guard.js';
import { UsageError } from '../../errors.js';
import { collectPair } from '../../key-values.js';
import { run as execCase } from './exec.js';
import { parseConcurrency, parseExportFormat, run as exportCases } from './export-cases.js';
import { NO_FIELD_CHECK_HELP, type FieldValueOptions } from './form-values.js';
import { run as getCase } from './get.js';
import { run as listCases } from './list.js';
import { run as startCase } from './start.js';

function caseNumber(text: unknown): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`The case number must be a positive integer (got "${String(text)}")`);
  return n;
}

function includeLevel(text: string): CaseDataLevel {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 4)
    throw new UsageError(`--include must be 0 to 4 (got "${text}")`);
  return n as CaseDataLevel;
}

/** Registers `cases` and its subcommands. */
export function registerCases(program: Command): void {
  const cases = program.command('cases').description('list, read, start, advance and export cases');

  withExample(
    cases
      .command('list <process>')
      .description('list the summaries of the cases matching the filter')
      .option('--filter <key=value>', 'equality filter (repeatable)', collectPair('--filter'))
      .action(
        runAction<{ filter?: Record<string, unknown> }>((args, options, context) =>
          listCases(
            { ...options, processId: String(args[0]), filter: options.filter ?? {} },
            context,
          ),
        ),
      ),
    'blizwork cases list sales-process --filter customer_name=Globex',
  );

  withExample(
    cases
      .command('get <process> <caseNumber>')
      .description('read one case')
      .option('--include <level>', 'data level 0-4 (3 adds the process definition)', '3')
      .action(
        runAction<{ include: string }>((args, options, context) =>
          getCase(
            {
              ...options,
              processId: String(args[0]),
              caseNumber: caseNumber(args[1]),
              include: includeLevel(options.include),
            },
            context,
          ),
        ),
      ),
    'blizwork cases get sales-process 2 --json',
  );

  withExample(
    cases
      .command('start <process>')
      .description('start a case; with --next, also execute the start form with the --field values')
      .option(
        '--field <key=value>',
        'a start-form field value (repeatable; needs --next)',
        collectPair('--field'),
      )
      .option('--data <file.json>', 'start-form field values from a JSON object (needs --next)')
      .option('--next <formId>', 'execute the start form right away, moving the case to this form')
      .option('--no-field-check', NO_FIELD_CHECK_HELP)
      .action(
        runAction<FieldValueOptions & { next?: string }>((args, options, context) =>
          startCase({ ...options, processId: String(args[0]) }, context),
        ),
      ),
    'blizwork cases start sales-process',
    'blizwork cases start sales-process --next qualification --field customer_name=Initech --field amount=1200',
  );

  withExample(
    cases
      .command('exec <process> <caseNumber> <nextFormId>')
      .description('execute the form the case waits on, moving it to nextFormId')
      .option(
        '--field <key=value>',
        'a field value (repeatable; numbers and JSON are parsed)',
        collectPair('--field'),
      )
      .option('--data <file.json>', 'field values from a JSON object (--field wins)')
      .option('--skip-extensions', 'do not run the extensions tied to this transition')
      .option('--no-field-check', NO_FIELD_CHECK_HELP)
      .action(
        runAction<FieldValueOptions & { skipExtensions?: boolean }>((args, options, context) =>
          execCase(
            {
              ...options,
              processId: String(args[0]),
              caseNumber: caseNumber(args[1]),
              nextFormId: String(args[2]),
              skipExtensions: options.skipExtensions === true,
            },
            context,
          ),
        ),
      ),
    'blizwork cases exec sales-process 2 won --field closing_notes="signed"',
  );

  withExample(
    cases
      .command('export <process>')
      .description('read every matching case (one getCase each, paced) as JSON lines or CSV')
      .requiredOption('--format <format>', 'jsonl or csv')
      .option('--out <file>', 'write to a file instead of stdout')
      .option('--filter <key=value>', 'equality filter (repeatable)', collectPair('--filter'))
      .option('--concurrency <n>', 'reads at once', '4')
      .option('--no-formula-guard', EXPORT_OPT_OUT_HELP)
      .action(
        runAction<{
          format: string;
          out?: string;
          filter?: Record<string, unknown>;
          concurrency: string;
          formulaGuard: boolean;
        }>((args, options, context) =>
          exportCases(
            {
              ...options,
              processId: String(args[0]),
              format: parseExportFormat(options.format),
              filter: options.filter ?? {},
              concurrency: parseConcurrency(options.concurrency),
            },
            context,
          ),
        ),
      ),
    'blizwork cases export sales-process --format csv --out cases.csv',
  );
}
