import type { EmulatorState } from '../state/emulator-state.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type EmulatorSnapshot } from './snapshot-types.js';

/**
 * The state's mutable part as a snapshot. It references the live objects: serialize it at once
 * (`JSON.stringify`), before anything awaits.
 */
export function takeSnapshot(state: EmulatorState, now: Date): EmulatorSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    savedAt: now.toISOString(),
    cases: state.directory
      .processVersions()
      .flatMap((process) =>
        state.cases.list(process.companyId, process.processId, process.environment),
      ),
    masterData: state.masterData.allTables(),
    notifications: state.notifications,
    extensionCalls: state.extensionCalls,
    attachments: state.attachments.entries().map(([id, file]) => ({
      id,
      companyId: file.companyId,
      fileName: file.fileName,
      contentType: file.contentType,
      contentBase64: Buffer.from(
        file.content.buffer,
        file.content.byteOffset,
        file.content.byteLength,
      ).toString('base64'),
    })),
    handshakes: state.handshakes.entries().map(([token, issued]) => ({ token, ...issued })),
    fieldChanges: state.fieldChanges.all(),
  };
}
