import { ResultCodes } from '../result-codes.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { OperationEvent } from '../handlers/operation-event.js';

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
  caseNumber?: number;
}

/**
 * Says what an operation changed, or undefined when nothing did (reads and refused operations).
 * Only the dashboard's live updates and persistence listen, so it runs only when one is on.
 */
export function changeNoticeFor(event: OperationEvent): ChangeNotice | undefined {
  const kind = changeKinds[event.operationId];
  if (kind === undefined || event.reply.resultCode !== ResultCodes.ok) return undefined;
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
