// `blizwork cases get <process> <caseNumber>`: one case.
import type { CaseDataLevel } from '@blizwork/sdk';
import { connect } from '../../client.js';
import type { CliContext } from '../../context.js';
import { ExitCode } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import { cellText } from '../../output/table.js';
import { caseView } from './case-view.js';

/** What `cases get` is given. */
export interface GetCaseOptions extends GlobalOptions {
  processId: string;
  caseNumber: number;
  /** The data level to read (3 adds the process definition). */
  include: CaseDataLevel;
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

/** Prints the case: its document as JSON, or for people its label, pending form and fields. */
export async function run(options: GetCaseOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const { bw } = await connect(options, context);
  const c = await bw
    .process(options.processId)
    .getCase(options.caseNumber, { include: options.include });
  output.result(c.document, () => {
    const view = caseView(c);
    const fields = Object.entries(c.fields).map(([field, value]) => ({ field, value }));
    return `${c.label}, waiting on: ${cellText(view.pendingFormId) || '(closed)'}\n\n${fields.length ? renderFields(fields) : '(no fields)'}`;
  });
  return ExitCode.Ok;
}
