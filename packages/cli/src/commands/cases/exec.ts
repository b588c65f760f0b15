// `blizwork cases exec <process> <caseNumber> <nextFormId>`: executes the form a case waits on.
import { CaseDataLevel } from '@blizwork/sdk';
import { connect } from '../../client.js';
import type { CliContext } from '../../context.js';
import { ExitCode } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import { checkFieldNames } from './case-fields.js';
import { formData, printCase, type FieldValueOptions } from './form-values.js';

/** What `cases exec` is given. */
export interface ExecCaseOptions extends GlobalOptions, FieldValueOptions {
  processId: string;
  caseNumber: number;
  /** The form the case moves to. */
  nextFormId: string;
  /** Do not run the extensions tied to this transition. */
  skipExtensions: boolean;
}

/** Executes the pending form with the values, moving the case to `nextFormId`; prints the case. */
export async function run(options: ExecCaseOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const { bw } = await connect(options, context);
  const data = await formData(options);
  // Include 3: the process definition, to check the field names against.
  const c = await bw
    .process(options.processId)
    .getCase(options.caseNumber, { include: CaseDataLevel.PlusProcessDefinition });
  if (options.fieldCheck) checkFieldNames(c, data);
  const next = await c.exec(options.nextFormId, data, {
    skipExtensions: options.skipExtensions,
  });
  printCase(output, next);
  return ExitCode.Ok;
}
