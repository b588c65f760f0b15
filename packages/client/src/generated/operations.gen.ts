// generated, do not edit: written by packages/client/scripts/generate-operation-metadata.mjs from
// the OpenAPI spec. Run `pnpm generate` at the repository root to regenerate.

import * as operations from './sdk.gen.js';

/** What the spec says about one operation, as `bw.raw()` of `@blizwork/sdk` reads it. */
export interface OperationMetadata {
  /** The spec's `operationId`, used in errors and logs (minification-proof, unlike `Function.name`). */
  readonly operationId: string;
  readonly method: string;
  /** The path template, e.g. `/process/case/{token}/`. */
  readonly path: string;
  /** The property names of the JSON request body schema, sorted. */
  readonly bodyMembers: readonly string[];
  /** `x-blizwork-retry-safe`: sending the operation twice is harmless. */
  readonly retrySafe: boolean;
}

/** An operation function carrying its {@link OperationMetadata} under the `~blizwork` key. */
export type DescribedOperation<F, M extends OperationMetadata> = F & { readonly '~blizwork': M };

// A bound copy, so the generated function itself is never mutated. Each call is marked pure so a
// bundler drops the operations an application does not import.
const describe = <F extends (...args: never[]) => unknown, const M extends OperationMetadata>(
  operation: F,
  metadata: M,
): DescribedOperation<F, M> =>
  Object.assign(operation.bind(undefined) as F, { '~blizwork': metadata });

export const deleteMasterData = /* @__PURE__ */ describe(operations.deleteMasterData, {
  operationId: 'deleteMasterData',
  method: 'POST',
  path: '/master-data/delete/{token}/',
  bodyMembers: ['environment', 'filter', 'table', 'userId'],
  retrySafe: false,
});

export const executeActivity = /* @__PURE__ */ describe(operations.executeActivity, {
  operationId: 'executeActivity',
  method: 'POST',
  path: '/exec/{token}',
  bodyMembers: [
    'caseNumber',
    'companyId',
    'environment',
    'execUserId',
    'formData',
    'formId',
    'nextFormId',
    'skipExtensions',
    'userId',
    'workflowId',
  ],
  retrySafe: false,
});

export const getCase = /* @__PURE__ */ describe(operations.getCase, {
  operationId: 'getCase',
  method: 'POST',
  path: '/process/case/{token}/',
  bodyMembers: ['caseNumber', 'environment', 'include', 'processId', 'userId'],
  retrySafe: true,
});

export const listCases = /* @__PURE__ */ describe(operations.listCases, {
  operationId: 'listCases',
  method: 'POST',
  path: '/process/case-list/{token}/',
  bodyMembers: ['environment', 'filter', 'processId', 'userId'],
  retrySafe: true,
});

export const queryMasterData = /* @__PURE__ */ describe(operations.queryMasterData, {
  operationId: 'queryMasterData',
  method: 'POST',
  path: '/master-data/{token}/',
  bodyMembers: ['environment', 'filter', 'table', 'userId'],
  retrySafe: true,
});

export const sendNotification = /* @__PURE__ */ describe(operations.sendNotification, {
  operationId: 'sendNotification',
  method: 'POST',
  path: '/utils/send-notification/{token}',
  bodyMembers: ['params', 'template'],
  retrySafe: false,
});

export const startCase = /* @__PURE__ */ describe(operations.startCase, {
  operationId: 'startCase',
  method: 'POST',
  path: '/init/{token}',
  bodyMembers: ['companyId', 'environment', 'execUserId', 'userId', 'workflowId'],
  retrySafe: false,
});

export const uploadAttachment = /* @__PURE__ */ describe(operations.uploadAttachment, {
  operationId: 'uploadAttachment',
  method: 'POST',
  path: '/attachment/upload/{token}/',
  bodyMembers: ['file', 'filename', 'module', 'userId'],
  retrySafe: false,
});

export const upsertMasterData = /* @__PURE__ */ describe(operations.upsertMasterData, {
  operationId: 'upsertMasterData',
  method: 'POST',
  path: '/master-data/upsert/{token}/',
  bodyMembers: ['environment', 'filter', 'table', 'update', 'userId'],
  retrySafe: false,
});

export const validateCall = /* @__PURE__ */ describe(operations.validateCall, {
  operationId: 'validateCall',
  method: 'POST',
  path: '/utils/validatecall/{token}',
  bodyMembers: ['endpoint', 'token'],
  retrySafe: false,
});

export const validateCallByPath = /* @__PURE__ */ describe(operations.validateCallByPath, {
  operationId: 'validateCallByPath',
  method: 'POST',
  path: '/utils/validatecall/{handshakeToken}/{token}/',
  bodyMembers: [],
  retrySafe: false,
});
