import type { CaseRecord } from '../state/case-record.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { deepFreeze } from '../state/deep-freeze.js';
import { migrateFileUrls } from '../state/file-urls.js';
import type { EmulatorSnapshot } from './snapshot-types.js';

/**
 * Loads a checked snapshot into a state that holds only the seed's directory (no cases, tables,
 * handshakes or outboxes yet).
 */
export function restoreSnapshot(state: EmulatorState, snapshot: EmulatorSnapshot): void {
  for (const table of snapshot.masterData) {
    state.masterData.load(table.companyId, table.table, table.records);
  }
  state.notifications.push(
    ...snapshot.notifications.map((item) => deepFreeze(structuredClone(item))),
  );
  state.extensionCalls.push(
    ...snapshot.extensionCalls.map((item) => deepFreeze(structuredClone(item))),
  );
  for (const file of snapshot.attachments) {
    state.attachments.restore(file.id, {
      companyId: file.companyId,
      fileName: file.fileName,
      contentType: file.contentType,
      content: Buffer.from(file.contentBase64, 'base64'),
    });
  }
  // After the files: a case written by an older emulator keeps absolute URLs of its own files.
  for (const saved of snapshot.cases) {
    const record = structuredClone<CaseRecord>(saved);
    migrateFileUrls(record, state.attachments);
    state.cases.add(record);
  }
  for (const { token, ...issued } of snapshot.handshakes) state.handshakes.restore(token, issued);
  for (const entry of snapshot.fieldChanges) state.fieldChanges.record(entry);
}
