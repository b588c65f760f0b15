import { callExtension } from '../extensions/run-extensions.js';
import type { OperationId } from '../generated/spec.gen.js';
import type { Company } from '../state/directory.js';
import type { JsonObject } from '../state/json-values.js';
import {
  fail,
  ok,
  type AdminContext,
  type AdminEndpoint,
  type AdminReply,
} from './admin-context.js';
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
    return ok(
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
  return ok({ index: state.extensionCalls.length - 1, ...call });
};
