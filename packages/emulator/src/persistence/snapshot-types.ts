import type { CaseRecord } from '../state/case-record.js';
import type { FieldChangeEntry } from '../state/field-changes.js';
import type { JsonObject } from '../state/json-values.js';
import type { ExtensionCallRecord, NotificationRecord } from '../state/records.js';

/** The `format` marker of every state file. */
export const SNAPSHOT_FORMAT = 'blizwork-emulator-state';

/** The snapshot format version this emulator writes and the newest it reads. */
export const SNAPSHOT_VERSION = 1;

/** A stored upload, its bytes in base64. */
export interface SnapshotAttachment {
  /** The id in the file URL (`/attachments/{id}/{fileName}`). */
  readonly id: string;
  readonly companyId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly contentBase64: string;
}

/** An issued handshake token, spent or not (kept so an extension can validate across a restart). */
export interface SnapshotHandshake {
  readonly token: string;
  readonly companyId: string;
  readonly endpoint: string;
  readonly used: boolean;
}

/** One master-data table. */
export interface SnapshotTable {
  readonly companyId: string;
  readonly table: string;
  readonly records: readonly JsonObject[];
}

/**
 * Everything that changes while the emulator runs, version 1. Companies, API tokens, process
 * definitions and extensions come from the seed, never from this file (so it holds no API token).
 * Case numbering continues after the highest stored case number.
 */
export interface EmulatorSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  /** When it was written (ISO timestamp). */
  readonly savedAt: string;
  readonly cases: readonly CaseRecord[];
  readonly masterData: readonly SnapshotTable[];
  readonly notifications: readonly NotificationRecord[];
  readonly extensionCalls: readonly ExtensionCallRecord[];
  readonly attachments: readonly SnapshotAttachment[];
  readonly handshakes: readonly SnapshotHandshake[];
  readonly fieldChanges: readonly FieldChangeEntry[];
}
