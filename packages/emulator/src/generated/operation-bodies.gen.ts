// generated, do not edit: written by packages/emulator/scripts/generate-spec-module.mjs from spec/blizwork.openapi.yaml.
// Run `pnpm generate` at the repository root to regenerate.
// Type-only: the emulator takes its request body types from the client generated from the same
// spec (a devDependency, erased at build), so no body shape is ever copied by hand.
import type * as Client from '@blizwork/client';

/** The JSON request body of each operation, by operationId. */
export interface OperationRequestBodies {
  "startCase": Client.StartCaseData['body'];
  "executeActivity": Client.ExecuteActivityData['body'];
  "sendNotification": Client.SendNotificationData['body'];
  "validateCall": Client.ValidateCallData['body'];
  "validateCallByPath": Client.ValidateCallByPathData['body'];
  "getCase": Client.GetCaseData['body'];
  "listCases": Client.ListCasesData['body'];
  "queryMasterData": Client.QueryMasterDataData['body'];
  "upsertMasterData": Client.UpsertMasterDataData['body'];
  "deleteMasterData": Client.DeleteMasterDataData['body'];
  "uploadAttachment": Client.UploadAttachmentData['body'];
}
