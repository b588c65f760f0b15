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
  /** The company that uploaded it. */
  readonly companyId: string;
  /** The file name in the file URL. */
  readonly fileName: string;
  /** The media type it is served with. */
  readonly contentType: string;
  /** The file's bytes, base64-encoded. */
  readonly contentBase64: string;
}

/** An issued handshake token, spent or not (kept so an extension can validate across a restart). */
export interface SnapshotHandshake {
  /** The handshake token. */
  readonly token: string;
  /** The company it was issued to. */
  readonly companyId: string;
  /** The extension URL it was issued for. */
  readonly endpoint: string;
  /** True once an extension validated (spent) it. */
  readonly used: boolean;
}

/** One master-data table. */
export interface SnapshotTable {
  /** The company that owns the table. */
  readonly companyId: string;
  /** The table's name. */
  readonly table: string;
  /** The table's records. */
  readonly records: readonly JsonObject[];
}

/**
 * Everything that changes while the emulator runs, version 1. Companies, API tokens, process
 * definitions and extensions come from the seed, never from this file (so it holds no API token).
 * Case numbering continues after the highest stored case number.
 */
export interface EmulatorSnapshot {
  /** Always `SNAPSHOT_FORMAT` (`'blizwork-emulator-state'`). */
  readonly format: typeof SNAPSHOT_FORMAT;
  /** The format version, `SNAPSHOT_VERSION`. */
  readonly version: typeof SNAPSHOT_VERSION;
  /** When it was written (ISO timestamp). */
  readonly savedAt: string;
  /** Every stored case. */
  readonly cases: readonly CaseRecord[];
  /** Every master-data table. */
  readonly masterData: readonly SnapshotTable[];
  /** The notification outbox. */
  readonly notifications: readonly NotificationRecord[];
  /** The log of extension calls. */
  readonly extensionCalls: readonly ExtensionCallRecord[];
  /** Every stored upload. */
  readonly attachments: readonly SnapshotAttachment[];
  /** Every issued handshake token. */
  readonly handshakes: readonly SnapshotHandshake[];
  /** Which fields each exec wrote. */
  readonly fieldChanges: readonly FieldChangeEntry[];
}
