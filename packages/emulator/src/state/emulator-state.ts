import { AttachmentStore } from './attachments.js';
import { CaseStore } from './case-store.js';
import { Directory } from './directory.js';
import { FieldChangeLog } from './field-changes.js';
import { HandshakeRegistry } from './handshakes.js';
import { MasterDataStore } from './master-data.js';
import type { ExtensionCallRecord, NotificationRecord } from './records.js';
import { PlanLimiter } from './plan-limiter.js';

/** Everything the emulator holds in memory; rebuilt from the seed on `reset()`. */
export class EmulatorState {
  readonly directory = new Directory();
  readonly cases = new CaseStore();
  readonly masterData = new MasterDataStore();
  readonly attachments = new AttachmentStore();
  readonly handshakes = new HandshakeRegistry();
  readonly planLimiter = new PlanLimiter();
  /** The outbox of `sendNotification`. */
  readonly notifications: NotificationRecord[] = [];
  /** Every extension call made, in order. */
  readonly extensionCalls: ExtensionCallRecord[] = [];
  /** Which fields each exec wrote (for the dashboard's timeline). */
  readonly fieldChanges = new FieldChangeLog();
}
