import { ResultCodes } from '../result-codes.js';
import type { ActivityRef } from '../domain/terms.js';
import type { CaseRecord } from './case-record.js';
import { currentFormId, mergeFormData } from './case-record.js';
import type { ProcessVersion } from './directory.js';
import type { JsonObject } from './json-values.js';

/** A refused operation: the result code and a message for `resultMessage`. */
export interface Refusal {
  readonly code: number;
  readonly message: string;
}

/**
 * The `currentActivity` of a case's first history entry: no form was executed when the case was
 * created, so its `formId` is empty. Real histories carry `currentActivity` on every entry (the
 * Python wrapper reads `entry['currentActivity']['formId']` on each); what BlizWork puts in the
 * first one is unknown (the spec marks it inferred). An empty id never equals a real form's, so
 * "the entries that executed form X" never count the start.
 */
export const START_ACTIVITY: ActivityRef = Object.freeze({ formId: '' });

/** Creates a case waiting at the process's first form (`history[0]` is the start entry). */
export function newCase(
  process: ProcessVersion,
  caseNumber: number,
  user: string,
  date: string,
): CaseRecord {
  const startForm = process.forms[0]?.formId ?? '';
  return {
    companyId: process.companyId,
    environment: process.environment,
    processSlug: process.processId,
    processVersion: process.version,
    caseNumber,
    createAudit: { user, date },
    fields: {},
    fieldValues: [],
    history: [
      {
        currentActivity: { ...START_ACTIVITY },
        nextActivity: { formId: startForm },
        updatedBy: user,
        updatedOn: date,
      },
    ],
    closed: process.forms[0]?.nextFormIds.length === 0,
  };
}

/** What an exec asks for. */
export interface ActivityExecution {
  readonly formId: string;
  readonly nextFormId: string;
  readonly formData: JsonObject;
  readonly updatedBy: string;
  readonly updatedOn: string;
}

/**
 * True when the exec repeats the step the case just took: its last history entry executed
 * `formId` and moved to `nextFormId` (a resend of an exec that already ran). A case that has not
 * moved never matches: its only entry executed no form (`START_ACTIVITY`, an empty id no request
 * can send).
 */
export function repeatsLastStep(
  record: CaseRecord,
  execution: Pick<ActivityExecution, 'formId' | 'nextFormId'>,
): boolean {
  const last = record.history[record.history.length - 1];
  return (
    last?.currentActivity.formId === execution.formId &&
    last.nextActivity.formId === execution.nextFormId
  );
}

/** Why an exec cannot run now, or undefined when it can. */
export function refuseExecution(
  record: CaseRecord,
  process: ProcessVersion,
  execution: Pick<ActivityExecution, 'formId' | 'nextFormId'>,
): Refusal | undefined {
  const label = `case #${record.caseNumber}`;
  if (record.closed) return { code: ResultCodes.caseClosed, message: `${label} is closed` };
  const waitingAt = currentFormId(record);
  if (execution.formId !== waitingAt) {
    return {
      code: ResultCodes.notCurrentActivity,
      message: `${label} is waiting at form '${waitingAt}', not '${execution.formId}'`,
    };
  }
  const actions = process.formsById.get(waitingAt)?.nextFormIds ?? [];
  if (!actions.includes(execution.nextFormId)) {
    return {
      code: ResultCodes.actionNotAllowed,
      message: `form '${waitingAt}' has no action '${execution.nextFormId}' (allowed: ${actions.join(', ')})`,
    };
  }
  return undefined;
}

/**
 * Applies an exec that `refuseExecution` accepted: merges the form data, appends the history entry
 * and closes the case when the next form is final. Synchronous on purpose: of concurrent execs of
 * the same activity, the first to reach this point wins and the others are refused.
 */
export function applyExecution(
  record: CaseRecord,
  process: ProcessVersion,
  execution: ActivityExecution,
): void {
  mergeFormData(record, execution.formData);
  record.history.push({
    currentActivity: { formId: execution.formId },
    nextActivity: { formId: execution.nextFormId },
    updatedBy: execution.updatedBy,
    updatedOn: execution.updatedOn,
  });
  record.closed = (process.formsById.get(execution.nextFormId)?.nextFormIds.length ?? 0) === 0;
}
