import type { OperationId } from '../generated/spec.gen.js';
import { executeActivity } from './execute-activity.js';
import { deleteMasterData, queryMasterData, upsertMasterData } from './master-data.js';
import type { OperationHandler, RequestBody } from './operation-context.js';
import { getCase, listCases } from './read-cases.js';
import { startCase } from './start-case.js';
import { sendNotification, uploadAttachment } from './utilities.js';
import { validateCall, validateCallByPath } from './validate-call.js';

/** A table of stateful handlers: only operationIds of the spec, each taking its generated body. */
export type HandlerTable = { readonly [Id in OperationId]?: OperationHandler<RequestBody<Id>> };

/**
 * The stateful handlers, by operationId. Keys must be operationIds of the spec and each handler must
 * take that operation's generated body type (`satisfies` enforces both); operations without a
 * handler answer their spec example (see `example-reply.ts`).
 */
export const operationHandlers = {
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
} satisfies HandlerTable;

/** The stateful handler of an operation, or undefined when it has none (or is not in the built-in spec). */
export const handlerFor = (operationId: string): OperationHandler | undefined =>
  Object.hasOwn(operationHandlers, operationId)
    ? operationHandlers[operationId as keyof typeof operationHandlers]
    : undefined;
