import { ResultCodes } from '../result-codes.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { isJsonObject } from '../state/json-values.js';
import type { OperationEvent } from './operation-event.js';

/** What changed, as the dashboard's live updates announce it. */
export interface ChangeNotice {
  readonly kind:
    'case' | 'masterData' | 'notification' | 'attachment' | 'handshake' | 'extensionCall' | 'reset';
  readonly companyId?: string;
  readonly processId?: string;
  readonly caseNumber?: number;
}

/** The kind of change each successful state-changing operation makes; reads are absent. */
const changeKinds: Partial<Record<OperationId, ChangeNotice['kind']>> = {
  startCase: 'case',
  executeActivity: 'case',
  sendNotification: 'notification',
  upsertMasterData: 'masterData',
  deleteMasterData: 'masterData',
  uploadAttachment: 'attachment',
  validateCall: 'handshake',
  validateCallByPath: 'handshake',
};

interface CaseBody {
  workflowId?: string;
  environment?: 'production' | 'draft';
  caseNumber?: number;
  formId?: string;
  nextFormId?: string;
  formData?: unknown;
}

/** Notes which fields a successful exec wrote, against the history step it appended. */
function recordFieldChanges(event: OperationEvent, state: EmulatorState): void {
  const body = event.body as CaseBody;
  const environment = body.environment ?? 'production';
  const { workflowId, caseNumber } = body;
  if (workflowId === undefined || caseNumber === undefined || !isJsonObject(body.formData)) return;
  const record = state.cases.get(event.company.companyId, workflowId, environment, caseNumber);
  if (record === undefined) return;
  // The latest step of this transition: extensions may have run (and moved the case) since.
  let step = record.history.length - 1;
  while (
    step > 0 &&
    (record.history[step]?.currentActivity?.formId !== body.formId ||
      record.history[step]?.nextActivity.formId !== body.nextFormId)
  ) {
    step -= 1;
  }
  if (step <= 0) return;
  state.fieldChanges.record({
    companyId: event.company.companyId,
    processId: workflowId,
    environment,
    caseNumber,
    step,
    fields: Object.keys(body.formData),
  });
}

/**
 * Keeps what an operation's reply implies (the fields an exec changed) and says what changed,
 * or undefined when nothing did (reads and refused operations).
 */
export function recordOperation(
  event: OperationEvent,
  state: EmulatorState,
): ChangeNotice | undefined {
  const kind = changeKinds[event.operationId];
  if (kind === undefined || event.reply.resultCode !== ResultCodes.ok) return undefined;
  if (event.operationId === 'executeActivity') recordFieldChanges(event, state);
  const body = event.body as CaseBody;
  const caseNumber =
    event.operationId === 'startCase' ? (event.reply.caseNumber as number) : body.caseNumber;
  return {
    kind,
    companyId: event.company.companyId,
    ...(body.workflowId === undefined ? {} : { processId: body.workflowId }),
    ...(kind === 'case' && caseNumber !== undefined ? { caseNumber } : {}),
  };
}
