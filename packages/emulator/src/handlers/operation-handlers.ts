import type { OperationId } from '../spec/routes.js';
import { executeActivity } from './execute-activity.js';
import { deleteMasterData, queryMasterData, upsertMasterData } from './master-data.js';
import type { OperationHandler } from './operation-context.js';
import { getCase, listCases } from './read-cases.js';
import { startCase } from './start-case.js';
import { sendNotification, uploadAttachment } from './utilities.js';
import { validateCall, validateCallByPath } from './validate-call.js';

/** The handler of every operation of the spec. */
export const operationHandlers: Readonly<Record<OperationId, OperationHandler>> = {
  startCase,
  executeActivity,
  sendNotification,
  validateCall,
  validateCallByPath,
  getCase,
  listCases,
  queryMasterData,
  upsertMasterData,
  deleteMasterData,
  uploadAttachment,
};
