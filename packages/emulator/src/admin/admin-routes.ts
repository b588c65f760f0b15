import * as actions from './admin-actions.js';
import type { AdminEndpoint } from './admin-context.js';
import * as reads from './admin-reads.js';

/** The admin API under `/_emulator/api/`: `METHOD name` → endpoint. The event stream is apart. */
export const adminRoutes: ReadonlyMap<string, AdminEndpoint> = new Map([
  ['GET overview', reads.overview],
  ['GET processes', reads.processes],
  ['GET cases', reads.cases],
  ['GET case', reads.caseDetail],
  ['GET tables', reads.tables],
  ['GET table', reads.tableRecords],
  ['GET notifications', reads.notifications],
  ['GET extension-calls', reads.extensionCalls],
  ['GET snapshot', reads.snapshot],
  ['POST cases', actions.startCase],
  ['POST exec', actions.executeActivity],
  ['POST attachments', actions.uploadAttachment],
  ['POST master-data/upsert', actions.upsertMasterData],
  ['POST master-data/delete', actions.deleteMasterData],
  ['POST master-data/records', actions.insertMasterDataRecord],
  ['POST master-data/records/delete', actions.deleteMasterDataRecord],
  ['POST extension-calls/resend', actions.resendExtensionCall],
]);
