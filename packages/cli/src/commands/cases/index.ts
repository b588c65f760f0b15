// `blizwork cases list|get|start|exec|export`.
import { CaseDataLevel, type Case } from '@blizwork/sdk';
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { action, withExample } from '../../command-context.js';
import { connect } from '../../client.js';
import { processContext } from '../../context.js';
import { EXPORT_OPT_OUT_HELP } from '../../csv-formula-guard.js';
import { UsageError } from '../../errors.js';
import { collectPair } from '../../key-values.js';
import type { Output } from '../../output/output.js';
import { cellText, renderRecord } from '../../output/table.js';
import { checkFieldNames } from './case-fields.js';
import { caseView } from './case-view.js';
import { exportCases } from './export-cases.js';

interface FieldOptions {
  field?: Record<string, unknown>;
  data?: string;
  /** False with --no-field-check. */
  fieldCheck: boolean;
}

/** The help of --no-field-check (start and exec). */
const NO_FIELD_CHECK_HELP =
  'send field names the process definition does not declare (e.g. a field the API accepts that the definition read does not list)';

/** Prints a case: its view as JSON, or for people with `pendingFormId: closed` when it is closed. */
function printCase(output: Output, c: Case): void {
  const view = caseView(c);
  output.result(view, () =>
    renderRecord({ ...view, pendingFormId: c.closed === true ? 'closed' : view.pendingFormId }),
  );
}

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

async function formData(options: FieldOptions): Promise<Record<string, unknown>> {
  let data: Record<string, unknown> = {};
  if (options.data !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(options.data, 'utf8'));
    } catch (error) {
      throw new UsageError(
        `--data ${options.data}: ${(error as Error).message}`,
        'Give a JSON file with an object of field values.',
      );
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new UsageError(`--data ${options.data} must hold a JSON object of field values`);
    }
    data = parsed as Record<string, unknown>;
  }
  return { ...data, ...options.field };
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
        action<{ filter?: Record<string, unknown> }>(async ({ args, options, output }) => {
          const { bw } = await connect(options, processContext());
          const summaries = await bw.process(String(args[0])).listCases(options.filter ?? {});
          output.rows(summaries);
        }),
      ),
    'blizwork cases list sales-process --filter customer_name=Globex',
  );

  withExample(
    cases
      .command('get <process> <caseNumber>')
      .description('read one case')
      .option('--include <level>', 'data level 0-4 (3 adds the process definition)', '3')
      .action(
        action<{ include: string }>(async ({ args, options, output }) => {
          const { bw } = await connect(options, processContext());
          const c = await bw
            .process(String(args[0]))
            .getCase(caseNumber(args[1]), { include: includeLevel(options.include) });
          output.result(c.document, () => {
            const view = caseView(c);
            const fields = Object.entries(c.fields).map(([field, value]) => ({ field, value }));
            return `${c.label}, waiting on: ${cellText(view.pendingFormId) || '(closed)'}\n\n${fields.length ? renderFields(fields) : '(no fields)'}`;
          });
        }),
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
        action<FieldOptions & { next?: string }>(async ({ args, options, output }) => {
          const data = await formData(options);
          // The API starts a case empty: values are saved by executing the start form, so they
          // need the form to move to. Refuse rather than drop them silently.
          if (Object.keys(data).length > 0 && options.next === undefined) {
            throw new UsageError(
              '--field/--data on start need --next <formId>',
              'The values are saved by executing the start form: name the form it moves to.',
            );
          }
          const { bw } = await connect(options, processContext());
          const process = bw.process(String(args[0]));
          const started = await process.getCase(await process.startCase(), {
            include: CaseDataLevel.PlusProcessDefinition,
          });
          if (options.fieldCheck) checkFieldNames(started, data);
          const c = options.next === undefined ? started : await started.exec(options.next, data);
          printCase(output, c);
        }),
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
        action<FieldOptions & { skipExtensions?: boolean }>(async ({ args, options, output }) => {
          const { bw } = await connect(options, processContext());
          const data = await formData(options);
          // Include 3: the process definition, to check the field names against.
          const c = await bw
            .process(String(args[0]))
            .getCase(caseNumber(args[1]), { include: CaseDataLevel.PlusProcessDefinition });
          if (options.fieldCheck) checkFieldNames(c, data);
          const next = await c.exec(String(args[2]), data, {
            skipExtensions: options.skipExtensions === true,
          });
          printCase(output, next);
        }),
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
        action<{
          format: string;
          out?: string;
          filter?: Record<string, unknown>;
          concurrency: string;
          formulaGuard: boolean;
        }>(async ({ args, options, output }) => {
          const { bw } = await connect(options, processContext());
          const summary = await exportCases(
            bw.process(String(args[0])),
            { ...options, include: CaseDataLevel.PlusCaseHistory },
            output,
          );
          if (options.out !== undefined || options.json)
            output.result(summary, () => `Exported ${summary.cases} cases to ${summary.out}`);
        }),
      ),
    'blizwork cases export sales-process --format csv --out cases.csv',
  );
}

function renderFields(rows: { field: string; value: unknown }[]): string {
  const width = Math.max(...rows.map((row) => row.field.length));
  return rows
    .map(
      ({ field, value }) =>
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects went to JSON.stringify; the rest are primitives
        `${field.padEnd(width)}  ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join('\n');
}
