import { applyExecution, refuseExecution, repeatsLastStep } from '../state/case-rules.js';
import { storedFormData } from '../state/file-urls.js';
import { isJsonObject } from '../state/json-values.js';
import { findCase, isRefusal, refuseOtherCompany, refuseUnknownUser } from './guards.js';
import {
  environmentOf,
  type OperationContext,
  type Reply,
  type RequestBody,
} from './operation-context.js';
import { refuse, succeed } from '../reply-envelope.js';

/**
 * `POST /exec/{token}`: executes the form the case waits on and moves it to `nextFormId`. The state
 * changes synchronously, before any await, so of concurrent execs of one activity exactly one wins.
 * Then (unless `skipExtensions`; assumption:exec-skip-extensions) the matching extensions are called
 * and awaited; their outcome does not change the reply (assumption:extensions-run-during-exec). A
 * repeat of the step the case just took is refused (it no longer waits at that form;
 * assumption:exec-repeat-refused), or, with the `repeatedExec` switch at `acknowledged`, answered
 * code 0 unchanged.
 */
export async function executeActivity(
  body: RequestBody<'executeActivity'>,
  context: OperationContext,
): Promise<Reply> {
  const refusal =
    refuseOtherCompany(context, body.companyId) ?? refuseUnknownUser(context, body.userId);
  if (refusal !== undefined) return refuse(refusal);
  const found = findCase(context, body.workflowId, environmentOf(body), body.caseNumber);
  if (isRefusal(found)) return refuse(found);
  const { process, record } = found;
  if (context.assumptions.repeatedExec === 'acknowledged' && repeatsLastStep(record, body)) {
    return succeed();
  }
  const refused = refuseExecution(record, process, body);
  if (refused !== undefined) return refuse(refused);
  applyExecution(record, process, {
    formId: body.formId,
    nextFormId: body.nextFormId,
    formData: storedFormData(body.formData, context.state.attachments),
    updatedBy: body.execUserId ?? body.userId,
    updatedOn: context.now().toISOString(),
  });
  // Recorded with the step it appended, before extensions may move the case further.
  if (isJsonObject(body.formData)) {
    context.state.fieldChanges.record({
      companyId: process.companyId,
      processId: process.processId,
      environment: process.environment,
      caseNumber: record.caseNumber,
      step: record.history.length - 1,
      fields: Object.keys(body.formData),
    });
  }
  if (body.skipExtensions !== true) {
    await context.runExtensions(record, {
      companyId: process.companyId,
      processId: process.processId,
      formId: body.formId,
      nextFormId: body.nextFormId,
    });
  }
  return succeed();
}
