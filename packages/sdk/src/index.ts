/**
 * `@blizwork/sdk`: the TypeScript SDK for the BlizWork business-process API.
 *
 * Start with {@link BlizWork}. Every failed call rejects with a {@link BlizWorkError} subclass;
 * misuse (bad arguments or options) throws `TypeError`. Extension handlers are in
 * `@blizwork/sdk/extension` (and `toNodeListener` in `@blizwork/sdk/extension/node`).
 *
 * @packageDocumentation
 * @module @blizwork/sdk
 */
export { BlizWork } from './client/blizwork.js';
export type { BlizWorkOptions } from './options-types.js';
export type {
  AfterResponseHook,
  AfterResponseInfo,
  BeforeRequestHook,
  BeforeRequestInfo,
  BeforeRetryHook,
  BeforeRetryInfo,
  BlizWorkHooks,
  HookCallInfo,
  HookHeaders,
  OnErrorHook,
  OnErrorInfo,
} from './hooks-types.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
} from './client/options.js';
export { ENV_VARIABLES, type EnvironmentVariables } from './client/env.js';
export type {
  GeneratedOperation,
  RawCallOptions,
  RawEnvelope,
  RawOptions,
  RawResult,
  RequestCallOptions,
  RequestEnvelope,
} from './operation-types.js';
export type {
  PlanFacts,
  PlanName,
  RateLimiter,
  RateLimitOption,
} from './rate-limit/rate-limiter.js';
export { PLAN_TRANSACTIONS_PER_SECOND, PLANS } from './rate-limit/rate-limiter.js';
export { TokenBucketLimiter } from './rate-limit/token-bucket.js';
export type {
  Process,
  CasesWithDetailsOptions,
  GetCaseOptions,
  StartCaseOptions,
} from './resources/process.js';
export type { Case, ExecFormData } from './resources/case.js';
export type { ExecOptions } from './resources/exec-body.js';
export type {
  FormDataOf,
  FormIdOf,
  FormSchema,
  NextFormOf,
  ProcessSchema,
  TypedCase,
  TypedExecArgs,
  TypedProcess,
  TypedProcessId,
} from './typed-process.js';
export type { MasterDataTable, MasterDataWriteResult } from './resources/master-data-table.js';
export type {
  BulkFailure,
  BulkItemOutcome,
  BulkItems,
  BulkOptions,
  BulkProgress,
  BulkReport,
} from './resources/bulk/bulk-types.js';
export type { UpsertManyOptions } from './resources/bulk/upsert-many.js';
export type { StartCasesReport, StartedCase } from './resources/bulk/start-cases.js';
export type { FileContent, UploadFileInput } from './resources/files.js';
export type { NotificationParams } from './resources/notifications.js';
export type { ValidateCallOptions } from './resources/call-validation.js';
export { CaseDataLevel } from './types.js';
export type {
  AttachmentValue,
  CallOptions,
  CaseDocument,
  CaseDataLevelValue,
  CaseFields,
  CaseSummary,
  Environment,
  FieldName,
  FieldValue,
  Filter,
  FormFieldValue,
  HistoryEntry,
  Logger,
  MasterDataRecord,
} from './types.js';
export { SDK_VERSION } from './version.js';
export * from './errors/index.js';
