import { callExtension } from '../extensions/run-extensions.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { Company } from '../state/directory.js';
import { isJsonObject, type JsonObject } from '../state/json-values.js';
import {
  fail,
  ok,
  type AdminContext,
  type AdminEndpoint,
  type AdminReply,
} from './admin-context.js';
import type { ExtensionCallInfo, InsertedRecord, OperationReply } from './admin-contract.js';
import { invokeOperation } from './invoke-operation.js';

/** The company named by the body's `companyId`, and the user to act as (default: its first). */
function actor(
  body: JsonObject,
  context: AdminContext,
): { company: Company; userId: string } | AdminReply {
  const company = context.state().directory.company(String(body.companyId));
  if (company === undefined) return fail(404, `no company '${String(body.companyId)}'`);
  const userId = typeof body.userId === 'string' ? body.userId : ([...company.users][0] ?? '');
  return { company, userId };
}

/**
 * An endpoint that runs a BlizWork operation through its handler, as the body's company and user;
 * the reply is the operation's own (`resultCode` 0 or the refusal).
 */
const operationEndpoint =
  (
    operationId: OperationId,
    toRequest: (body: JsonObject, userId: string) => JsonObject,
  ): AdminEndpoint =>
  async ({ body }, context) => {
    const who = actor(body, context);
    if ('status' in who) return who;
    return ok<OperationReply>(
      await invokeOperation(
        context.pipeline,
        who.company,
        operationId,
        toRequest(body, who.userId),
      ),
    );
  };

/** Keeps only the members that are present. */
const defined = (members: JsonObject): JsonObject =>
  Object.fromEntries(Object.entries(members).filter(([, value]) => value !== undefined));

/** Starts a case: `{ companyId, processId, environment?, userId? }`. */
export const startCase = operationEndpoint('startCase', (body, userId) =>
  defined({
    companyId: body.companyId,
    userId,
    workflowId: body.processId,
    environment: body.environment,
  }),
);

/** Executes the current activity: `{ companyId, processId, environment?, caseNumber, formId, nextFormId, formData, userId? }`. */
export const executeActivity = operationEndpoint('executeActivity', (body, userId) =>
  defined({
    companyId: body.companyId,
    userId,
    workflowId: body.processId,
    environment: body.environment,
    caseNumber: body.caseNumber,
    formId: body.formId,
    nextFormId: body.nextFormId,
    formData: body.formData ?? {},
  }),
);

/** Uploads a file for an attachment field: `{ companyId, fileName, file (base64), userId? }`. */
export const uploadAttachment = operationEndpoint('uploadAttachment', (body, userId) => ({
  userId,
  filename: body.fileName,
  file: body.file,
}));

/** Writes master data: `{ companyId, table, filter, update, userId? }` (upsert semantics). */
export const upsertMasterData = operationEndpoint('upsertMasterData', (body, userId) => ({
  userId,
  table: body.table,
  filter: body.filter,
  update: body.update,
}));

/** Deletes master-data records: `{ companyId, table, filter, userId? }` (an empty filter is refused). */
export const deleteMasterData = operationEndpoint('deleteMasterData', (body, userId) => ({
  userId,
  table: body.table,
  filter: body.filter,
}));

/**
 * Sends a logged extension call again: same URL and body with a fresh one-time handshake token;
 * the new call is appended to the log. `{ index }`.
 */
export const resendExtensionCall: AdminEndpoint = async ({ body }, context) => {
  const state = context.state();
  const original = Number.isInteger(body.index)
    ? state.extensionCalls[body.index as number]
    : undefined;
  if (original === undefined) return fail(404, `no extension call ${JSON.stringify(body.index)}`);
  const issuer = state.handshakes
    .entries()
    .find(([token]) => token === original.body.handshakeToken);
  const companyId = issuer?.[1].companyId ?? state.directory.companies()[0]?.companyId ?? '';
  const call = await callExtension(
    { timeoutMs: context.extensionTimeoutMs, signal: context.closing, post: context.postJson },
    original.url,
    { ...original.body, handshakeToken: state.handshakes.issue(companyId, original.url) },
    original.transition,
  );
  state.extensionCalls.push(call);
  context.changed({ kind: 'extensionCall', companyId });
  return ok<ExtensionCallInfo>({ index: state.extensionCalls.length - 1, ...call });
};

/** The body's `table` (a non-empty string) and company, or the 400/404 reply. */
function tableOf(
  body: JsonObject,
  context: AdminContext,
): { company: Company; table: string } | AdminReply {
  if (typeof body.table !== 'string' || body.table === '') {
    return fail(400, 'table must be a non-empty string');
  }
  const company = context.state().directory.company(String(body.companyId));
  if (company === undefined) return fail(404, `no company '${String(body.companyId)}'`);
  return { company, table: body.table };
}

/**
 * Adds one master-data record as it is: `{ companyId, table, record }` (a table that does not
 * exist yet is created). An upsert could not add a record that equals or extends an existing one.
 */
export const insertMasterDataRecord: AdminEndpoint = ({ body }, context) => {
  const target = tableOf(body, context);
  if ('status' in target) return target;
  if (!isJsonObject(body.record) || Object.keys(body.record).length === 0) {
    return fail(400, 'record must be a JSON object with at least one column');
  }
  const { companyId } = target.company;
  // Through the read cache's change: a cached query reply must not outlive the change.
  const index = context.pipeline.readCache.change(() =>
    context.state().masterData.insert(companyId, target.table, body.record as JsonObject),
  );
  context.changed({ kind: 'masterData', companyId });
  return ok<InsertedRecord>({ index, record: body.record });
};

/**
 * Deletes exactly one master-data record: `{ companyId, table, index, record }`, the record as
 * read at that index. 409 when the table changed since (nothing is deleted: reload and retry).
 */
export const deleteMasterDataRecord: AdminEndpoint = ({ body }, context) => {
  const target = tableOf(body, context);
  if ('status' in target) return target;
  if (
    !Number.isSafeInteger(body.index) ||
    (body.index as number) < 0 ||
    !isJsonObject(body.record)
  ) {
    return fail(
      400,
      'index must be a record index (an integer from 0) and record the record read there',
    );
  }
  const { companyId } = target.company;
  const outcome = context.pipeline.readCache.change(() =>
    context
      .state()
      .masterData.deleteAt(
        companyId,
        target.table,
        body.index as number,
        body.record as JsonObject,
      ),
  );
  if (outcome === 'missing') return fail(404, `no master-data table '${target.table}'`);
  if (outcome === 'changed') {
    return fail(
      409,
      `record ${String(body.index)} of '${target.table}' changed since it was read: reload the table and try again`,
    );
  }
  context.changed({ kind: 'masterData', companyId });
  return ok({ deleted: 1 });
};
