/**
 * `@blizwork/emulator`: a local, stateful BlizWork API server for demos and tests. No account, no
 * network: cases really move from form to form, master data really changes, extensions are really
 * called. Everything of `@blizwork/emulator/core` (the in-process emulator, no Node API) plus what
 * needs Node: the server, persistence and the dashboard.
 *
 * @packageDocumentation
 * @module @blizwork/emulator
 */
export * from './core-api.js';
export { startEmulator } from './server/start-emulator.js';
export type { Emulator } from './server/emulator-types.js';
export { DEFAULT_BODY_TIMEOUT_MS, type EmulatorOptions } from './server/options.js';
export {
  deriveSpec,
  type DerivedOperation,
  type DerivedSpec,
  type ExampleReply,
} from './spec/derive-spec.js';
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
