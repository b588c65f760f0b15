/**
 * `@blizwork/emulator`: a local, stateful BlizWork API server for demos and tests. No account, no
 * network: cases really move from form to form, master data really changes, extensions are really
 * called.
 *
 * @packageDocumentation
 * @module @blizwork/emulator
 */
export { startEmulator } from './emulator/start-emulator.js';
export { createEmulator } from './emulator/create-emulator.js';
export type {
  Emulator,
  FetchEmulator,
  EmulatorClientOptions,
  CaseRef,
  CaseSnapshot,
} from './emulator/emulator-types.js';
export {
  DEFAULT_EXTENSION_TIMEOUT_MS,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  DEFAULT_MAX_BODY_BYTES,
  type EmulatorCoreOptions,
  type EmulatorOptions,
  type OpenApiDocument,
} from './emulator/options.js';
export {
  deriveSpec,
  SpecDerivationError,
  type DerivedOperation,
  type DerivedSpec,
  type ExampleReply,
} from './spec/derive-spec.js';
export { EMULATED_HEADER } from './http/example-reply.js';
export { ResultCodes, type ResultCode, type ResultCodeName } from './result-codes.js';
export { PLAN_LIMITS, type PlanLimits, type PlanName } from './state/rate-limiter.js';
export { defaultSeed } from './seed/default-seed.js';
export { SeedError } from './seed/seed-error.js';
export { PersistenceError } from './persistence/persistence-error.js';
export {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type EmulatorSnapshot,
  type SnapshotAttachment,
  type SnapshotHandshake,
  type SnapshotTable,
} from './persistence/snapshot-types.js';
export type { FieldChangeEntry } from './state/field-changes.js';
export { seedJsonSchema } from './generated/seed-schema.gen.js';
export type {
  Environment,
  Seed,
  SeedCase,
  SeedCompany,
  SeedExtension,
  SeedField,
  SeedForm,
  SeedHandshake,
  SeedProcess,
  SeedTable,
} from './seed/seed-types.js';
export type { ExtensionRegistration } from './extensions/extension-registry.js';
export type { OperationId } from './generated/spec.gen.js';
export type { FieldValue, HistoryEntry, ActivityRef } from './state/case-record.js';
export type {
  ExtensionCallBody,
  ExtensionCallRecord,
  NotificationRecord,
} from './state/records.js';
