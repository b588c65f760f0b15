// The field values of `cases start --next` and `cases exec`: `--data <file.json>`, then `--field`s
// (which win), and how the resulting case is printed.
import type { Case } from '@blizwork/sdk';
import { readFile } from 'node:fs/promises';
import { UsageError } from '../../errors.js';
import type { Output } from '../../output/output.js';
import { renderRecord } from '../../output/table.js';
import { caseView } from './case-view.js';

/** The field values a command sends, and whether their names are checked. */
export interface FieldValueOptions {
  /** `--field key=value` pairs (numbers and JSON parsed). */
  field?: Record<string, unknown>;
  /** A JSON file with an object of field values (`--field` wins). */
  data?: string;
  /** False with --no-field-check: send names the process definition does not declare. */
  fieldCheck: boolean;
}

/** The help of --no-field-check (start and exec). */
export const NO_FIELD_CHECK_HELP =
  'send field names the process definition does not declare (e.g. a field the API accepts that the definition read does not list)';

/** The values of `--data` (a JSON object) overridden by `--field`s; UsageError for a bad file. */
export async function formData(options: FieldValueOptions): Promise<Record<string, unknown>> {
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

/** Prints a case: its view as JSON, or for people with `pendingFormId: closed` when it is closed. */
export function printCase(output: Output, c: Case): void {
  const view = caseView(c);
  output.result(view, () =>
    renderRecord({ ...view, pendingFormId: c.closed === true ? 'closed' : view.pendingFormId }),
  );
}
