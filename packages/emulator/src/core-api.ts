// The public API of the runtime-neutral core, in one list: `core.ts` (the `@blizwork/emulator/core`
// entry) exports it as it is and `index.ts` (the Node entry) adds what needs Node. Kept apart from
// `core.ts` so the bundler's shared chunk is not named like an entry point.
export { createEmulator } from './server/create-emulator.js';
export type {
  FetchEmulator,
  EmulatorClientOptions,
  CaseRef,
  CaseSnapshot,
} from './server/emulator-types.js';
export {
  DEFAULT_EXTENSION_TIMEOUT_MS,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  DEFAULT_MAX_BODY_BYTES,
  type EmulatorCoreOptions,
  type OpenApiDocument,
} from './server/options.js';
export {
  ASSUMPTION_SWITCHES,
  assumptionFlag,
  type AssumptionOptions,
  type AssumptionSwitchName,
  type AssumptionSwitchValues,
} from './domain/assumptions.js';
export { SpecDerivationError } from './spec/derive-spec.js';
export { EMULATED_HEADER } from './http/example-reply.js';
export { ResultCodes, type ResultCode, type ResultCodeName } from './result-codes.js';
export {
  PLAN_LIMITS,
  type ActivityRef,
  type Environment,
  type ExtensionCallBody,
  type FieldValue,
  type HistoryEntry,
  type PlanLimits,
  type PlanName,
  type SeedField,
} from './domain/terms.js';
export { defaultSeed } from './seed/default-seed.js';
export { SeedError } from './seed/seed-error.js';
export type {
  Seed,
  SeedCase,
  SeedCompany,
  SeedExtension,
  SeedForm,
  SeedHandshake,
  SeedProcess,
  SeedTable,
} from './seed/seed-types.js';
export type { ExtensionRegistration } from './extensions/extension-registry.js';
export type { OperationId } from './generated/spec.gen.js';
export type { ExtensionCallRecord, NotificationRecord } from './state/records.js';
