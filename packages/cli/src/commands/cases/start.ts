// `blizwork cases start <process> [--next <formId> --field ...]`: starts a case.
import { CaseDataLevel } from '@blizwork/sdk';
import { connect } from '../../client.js';
import type { CliContext } from '../../context.js';
import { ExitCode, UsageError } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import { checkFieldNames } from './case-fields.js';
import { formData, printCase, type FieldValueOptions } from './form-values.js';

/** What `cases start` is given. */
export interface StartCaseOptions extends GlobalOptions, FieldValueOptions {
  processId: string;
  /** Execute the start form right away, moving the case to this form. */
  next?: string;
}

/** Starts a case (and with `next`, executes its start form with the values); prints the case. */
export async function run(options: StartCaseOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const data = await formData(options);
  // The API starts a case empty: values are saved by executing the start form, so they
  // need the form to move to. Refuse rather than drop them silently.
  if (Object.keys(data).length > 0 && options.next === undefined) {
    throw new UsageError(
      '--field/--data on start need --next <formId>',
      'The values are saved by executing the start form: name the form it moves to.',
    );
  }
  const { bw } = await connect(options, context);
  const process = bw.process(options.processId);
  const started = await process.getCase(await process.startCase(), {
    include: CaseDataLevel.PlusProcessDefinition,
  });
  if (options.fieldCheck) checkFieldNames(started, data);
  const c = options.next === undefined ? started : await started.exec(options.next, data);
  printCase(output, c);
  return ExitCode.Ok;
}
