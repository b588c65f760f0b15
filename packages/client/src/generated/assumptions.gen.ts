// generated, do not edit: written by packages/client/scripts/generate-assumptions.mjs from
// spec/blizwork.openapi.yaml (x-blizwork-assumptions) and spec/assumptions.yaml. Run `pnpm generate`
// at the repository root to regenerate.

/** Where a fact about the API, or an assumption, comes from. */
export type AssumptionSource = 'documented' | 'wrapper' | 'inferred';

/** `wire`: about request and reply shapes (defined in the spec); `behaviour`: about how BlizWork behaves. */
export type AssumptionKind = 'wire' | 'behaviour';

/** The stable id of every assumption (ids are added, never renamed). */
export type AssumptionId =
  | 'path-forms-both'
  | 'wrapper-endpoints'
  | 'wrapper-body-members'
  | 'environment-member'
  | 'environment-default-production'
  | 'init-environment'
  | 'unknown-body-members-tolerated'
  | 'exec-required-members'
  | 'exec-skip-extensions'
  | 'exec-reply-envelope'
  | 'notification-to-required'
  | 'case-number-positive'
  | 'include-levels'
  | 'include-cumulative'
  | 'case-document-shape'
  | 'create-audit-date'
  | 'history-first-entry'
  | 'case-closed-member'
  | 'process-definition-shape'
  | 'case-summary-shape'
  | 'filter-equality'
  | 'master-data-literal-values'
  | 'upsert-updates-all-matches'
  | 'upsert-insert-merges-filter'
  | 'master-data-records-flat'
  | 'master-data-write-payload'
  | 'upload-base64'
  | 'upload-reply-attachment'
  | 'status-envelope'
  | 'reads-result-envelope'
  | 'reply-payload'
  | 'result-codes-shared'
  | 'not-found-is-result-code'
  | 'business-errors-http-200'
  | 'reads-are-idempotent'
  | 'extension-body-shape'
  | 'free-plan-case-cap'
  | 'free-plan-callable'
  | 'code-200-refused-before-running'
  | 'handshake-token-pattern'
  | 'extension-answers-401'
  | 'extension-503-may-be-retried'
  | 'validatecall-endpoint-exact'
  | 'validatecall-single-use'
  | 'validatecall-company-bound'
  | 'draft-calls-verifiable'
  | 'delete-empty-filter-matches-all'
  | 'pending-form-from-history'
  | 'closed-from-history'
  | 'company-from-process-definition'
  | 'exec-ensure-history-proof'
  | 'no-redirects'
  | 'error-codes-unknown'
  | 'extensions-run-during-exec'
  | 'case-numbers-per-process'
  | 'plan-limit-covers-every-call'
  | 'corporativo-no-pacing'
  | 'exec-repeat-refused';

/** One thing this SDK, its emulator or its CLI assumes about the BlizWork API, with its evidence. */
export interface Assumption {
  readonly id: AssumptionId;
  readonly kind: AssumptionKind;
  /** `documented`: a documentation page says so; `wrapper`: the Python wrapper does so; `inferred`: nothing says so. */
  readonly source: AssumptionSource;
  /** The evidence: a documentation page (`P5`, see {@link DOCUMENTATION_PAGES}) or the part of the wrapper. */
  readonly reference: string;
  /** What is assumed. */
  readonly statement: string;
  /** Why it is assumed. */
  readonly reasoning: string;
  /** What happens if it is wrong, and what to do. */
  readonly ifWrong: string;
  /** What rests on it: the spec locations labelled with it, and the behaviours that rely on it. */
  readonly subjects: readonly string[];
}

/** A page of the public BlizWork documentation, as cited by `P1`..`P8`. */
export interface DocumentationPage {
  readonly title: string;
  readonly url: string;
}

/** The BlizWork documentation pages the spec and the assumptions cite, by their short name. */
export const DOCUMENTATION_PAGES: Readonly<Record<string, DocumentationPage>> = {
  P1: {
    title: 'BlizWork API: Introducción',
    url: 'https://www.blizwork.com/docs/blizwork-api/introduccion/',
  },
  P2: {
    title: 'Iniciar un caso',
    url: 'https://www.blizwork.com/docs/blizwork-api/ejecucion/iniciar-un-caso/',
  },
  P3: {
    title: 'Ejecutar una actividad',
    url: 'https://www.blizwork.com/docs/blizwork-api/ejecucion/ejecutar-una-actividad/',
  },
  P4: {
    title: 'Verificar llamada a Webhook',
    url: 'https://www.blizwork.com/docs/blizwork-api/seguridad/verificar-llamada-a-webhook/',
  },
  P5: {
    title: 'Enviar notificación (result codes, rate limits by plan)',
    url: 'https://www.blizwork.com/?p=3310',
  },
  P6: {
    title: 'Insertar/Actualizar Registro en Tabla Maestra',
    url: 'https://www.blizwork.com/docs/blizwork-webhooks/web-hooks-nativos/insertar-actualizar-registro-en-tabla-maestra/',
  },
  P7: {
    title: 'Web hooks personalizados: requerimientos',
    url: 'https://www.blizwork.com/docs/blizwork-webhooks/web-hooks-personalizados/requerimientos',
  },
  P8: {
    title: 'Web hooks personalizados: ciclo de vida',
    url: 'https://www.blizwork.com/docs/blizwork-webhooks/web-hooks-personalizados/ciclo-de-vida/',
  },
};

/**
 * Every assumption, wire ones first (in spec order), then behaviour ones. Code that relies on one
 * cites it as `assumption:<id>` in a comment; `blizwork doctor --probe` checks them against a real
 * account.
 */
export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'path-forms-both',
    kind: 'wire',
    source: 'inferred',
    reference:
      'P1-P5 write paths without a trailing slash; the wrapper (blizworkapi 0.1.0) always adds one',
    statement: 'The server accepts every path with and without one trailing slash.',
    reasoning:
      'The documentation writes `/exec/{token}`, the wrapper, the only client known to have worked against production, sends `/exec/{token}/`. Both can only be right if the server routes non-strictly, as Express does by default (`NODE_ENV` and a dev server on port 3005 hint at Node).',
    ifWrong:
      "Calls in the other form get HTTP 404. The SDK sends each path in a form a source used (the documented form for documented endpoints, the wrapper's for the others), so it is exposed only where the two sources disagree (exec).",
    subjects: [
      'path /init/{token}',
      'path /exec/{token}',
      'path /utils/send-notification/{token}',
      'path /utils/validatecall/{token}',
      'path /utils/validatecall/{handshakeToken}/{token}/',
      'path /process/case/{token}/',
      'path /process/case-list/{token}/',
      'path /master-data/{token}/',
      'path /master-data/upsert/{token}/',
      'path /master-data/delete/{token}/',
      'path /attachment/upload/{token}/',
    ],
  },
  {
    id: 'wrapper-endpoints',
    kind: 'wire',
    source: 'wrapper',
    reference: 'blizworkapi 0.1.0: its URI builder (get_uri), run against a stub server',
    statement:
      'The undocumented endpoints exist where the wrapper calls them: `POST /process/case`, `/process/case-list`, `/master-data`, `/master-data/upsert`, `/master-data/delete`, `/attachment/upload` and `/utils/validatecall/{handshakeToken}`, each followed by the token.',
    reasoning:
      'No documentation page covers them; the wrapper was written against production and builds exactly these paths.',
    ifWrong:
      'The operation fails with HTTP 404 (`BlizWorkHttpError`); the documented operations are not affected.',
    subjects: [
      'operation validateCallByPath',
      'operation validateCallByPath parameter handshakeToken',
      'operation getCase',
      'operation listCases',
      'operation queryMasterData',
      'operation upsertMasterData',
      'operation deleteMasterData',
      'operation uploadAttachment',
    ],
  },
  {
    id: 'wrapper-body-members',
    kind: 'wire',
    source: 'wrapper',
    reference:
      'blizworkapi 0.1.0 request bodies (base payload, BlizWorkProcess, BlizWorkMasterDataTable, BlizWorkUtils)',
    statement:
      'The request bodies of the undocumented operations are the members the wrapper sends, with the types its callers pass (`caseNumber` and `include` integers, `filter` and `update` objects, `module: "form"`).',
    reasoning:
      'The wrapper is the only evidence; which members are required and which values the server accepts beyond those is unknown.',
    ifWrong:
      'The server refuses the call (a non-zero result code, probably 100) or ignores a member.',
    subjects: [
      'schema EmptyRequest',
      'schema GetCaseRequest',
      'GetCaseRequest.userId',
      'GetCaseRequest.environment',
      'GetCaseRequest.processId',
      'GetCaseRequest.caseNumber',
      'GetCaseRequest.include',
      'schema ListCasesRequest',
      'ListCasesRequest.userId',
      'ListCasesRequest.environment',
      'ListCasesRequest.processId',
      'ListCasesRequest.filter',
      'schema QueryMasterDataRequest',
      'QueryMasterDataRequest.userId',
      'QueryMasterDataRequest.environment',
      'QueryMasterDataRequest.table',
      'QueryMasterDataRequest.filter',
      'schema UpsertMasterDataRequest',
      'UpsertMasterDataRequest.userId',
      'UpsertMasterDataRequest.environment',
      'UpsertMasterDataRequest.table',
      'UpsertMasterDataRequest.filter',
      'UpsertMasterDataRequest.update',
      'schema DeleteMasterDataRequest',
      'DeleteMasterDataRequest.userId',
      'DeleteMasterDataRequest.environment',
      'DeleteMasterDataRequest.table',
      'DeleteMasterDataRequest.filter',
      'schema UploadAttachmentRequest',
      'UploadAttachmentRequest.userId',
      'UploadAttachmentRequest.module',
      'UploadAttachmentRequest.filename',
      'UploadAttachmentRequest.file',
    ],
  },
  {
    id: 'environment-member',
    kind: 'wire',
    source: 'wrapper',
    reference:
      'blizworkapi 0.1.0 base payload and BlizWorkCase.exec; its README on the extension body',
    statement:
      '`environment` (`production` or `draft`) selects the process version a call works on, in every body that carries it (exec, the reads, master data).',
    reasoning:
      'The wrapper sends it in all those bodies (from `NODE_ENV`, from the case for exec, from `from_draft` for getCase); the README documents the two values for the extension body.',
    ifWrong:
      'Draft and production data would be mixed; the probe compares reads in both environments.',
    subjects: [
      'schema Environment',
      'ExecuteActivityRequest.environment',
      'GetCaseRequest.environment',
      'ListCasesRequest.environment',
      'QueryMasterDataRequest.environment',
      'UpsertMasterDataRequest.environment',
      'DeleteMasterDataRequest.environment',
    ],
  },
  {
    id: 'environment-default-production',
    kind: 'wire',
    source: 'inferred',
    reference: 'none; P6 charges fees only "in production environments"',
    statement: 'A body that leaves `environment` out works on the production (published) version.',
    reasoning:
      'Production is the published process and the one the fees apply to; nothing documents the default. The SDK never relies on it for reads (it always sends its environment) and relies on it for `startCase` in production.',
    ifWrong:
      "A production client's `startCase` would start a draft case; set the environment explicitly (`bw.withOptions({ environment })`) and report it.",
    subjects: ['StartCaseRequest.environment'],
  },
  {
    id: 'init-environment',
    kind: 'wire',
    source: 'inferred',
    reference: 'P2 shows no `environment` member for /init',
    statement:
      '`/init` accepts an `environment` member and starts a draft case when it is `draft`.',
    reasoning:
      'Every other case operation takes `environment`, and a draft process can only be tested if its cases can be started. Nothing documents it, so the SDK sends it only when asked for a draft case (client option `environment: "draft"` or `startCase({ environment })`).',
    ifWrong:
      'A draft `startCase` starts a production case (the server ignores the member) or is refused (the server rejects unknown members). Start draft cases in the BlizWork app until it is confirmed.',
    subjects: ['StartCaseRequest.environment'],
  },
  {
    id: 'unknown-body-members-tolerated',
    kind: 'wire',
    source: 'inferred',
    reference:
      'P3 does not show `environment` or `skipExtensions`, which the wrapper sends to /exec',
    statement: 'The server ignores body members it does not know instead of refusing the call.',
    reasoning:
      "The wrapper sends exec members the documentation does not list, and exec worked for it. The spec's request schemas therefore allow additional members.",
    ifWrong:
      'A call with a member the server does not know is refused with a non-zero result code.',
    subjects: [
      'StartCaseRequest.environment',
      'ExecuteActivityRequest.environment',
      'ExecuteActivityRequest.skipExtensions',
    ],
  },
  {
    id: 'exec-required-members',
    kind: 'wire',
    source: 'inferred',
    reference: 'P3 marks only `execUserId` as optional; its example is cut off',
    statement:
      '`companyId`, `nextFormId` and `formData` are required by `/exec`; `execUserId` is optional.',
    reasoning:
      'P3 lists the members without "optional" except `execUserId` ("if different from the authorized user"); the surviving copy of the page is cut before its example.',
    ifWrong:
      "Only stricter than the server; an exec the server would accept without them is refused by the SDK's types.",
    subjects: [
      'schema ExecuteActivityRequest',
      'ExecuteActivityRequest.companyId',
      'ExecuteActivityRequest.nextFormId',
      'ExecuteActivityRequest.formData',
    ],
  },
  {
    id: 'exec-skip-extensions',
    kind: 'wire',
    source: 'wrapper',
    reference: 'blizworkapi 0.1.0 BlizWorkCase.exec(skipExtensions=False)',
    statement:
      '`skipExtensions: true` on `/exec` suppresses the extensions (webhooks) tied to the transition.',
    reasoning: 'The wrapper sends it (default false); its meaning is read from its name.',
    ifWrong: 'Extensions run although `skipExtensions` was set (or the member is ignored).',
    subjects: ['ExecuteActivityRequest.skipExtensions'],
  },
  {
    id: 'exec-reply-envelope',
    kind: 'wire',
    source: 'inferred',
    reference: "P3's reply section is missing; the wrapper reads any reply through one function",
    statement:
      '`/exec` answers a result envelope with the documented codes, in either shape (`resultCode`/`resultMessage` or `status`/`message`), and no data the client needs.',
    reasoning:
      "The other documented operations answer `{resultCode, resultMessage}`; the wrapper reads exec's reply like every other reply (`resultCode`, else `status`) and re-reads the case after a success instead of using the reply.",
    ifWrong:
      'The SDK refuses a success it cannot read (`BlizWorkResponseError`, with an excerpt of the reply).',
    subjects: ['operation executeActivity'],
  },
  {
    id: 'notification-to-required',
    kind: 'wire',
    source: 'inferred',
    reference: 'P5 describes `params.to` as the recipients',
    statement: '`params.to` is required by `/utils/send-notification`.',
    reasoning: 'An e-mail needs a recipient, and P5 names no other way to give one.',
    ifWrong:
      'Only stricter than the server (a template with fixed recipients could not be sent without `to`).',
    subjects: ['SendNotificationRequest.params.to'],
  },
  {
    id: 'case-number-positive',
    kind: 'wire',
    source: 'inferred',
    reference: 'P3 insists the case number is an integer; every example is ≥ 1',
    statement: 'Case numbers are integers from 1.',
    reasoning: 'Cases are numbered per process in the order they start; no source shows a case 0.',
    ifWrong: 'The SDK refuses a case number 0 or below with a `TypeError` before sending.',
    subjects: ['schema CaseNumber'],
  },
  {
    id: 'include-levels',
    kind: 'wire',
    source: 'wrapper',
    reference:
      'blizworkapi 0.1.0 CaseDataLevel (CASE_ONLY … PLUS_COMPANY_INFO) and BlizWorkCase.exec',
    statement:
      '`include` 0-4 adds, in order: user information (1), `history` (2), `processDefinition` (3), company information (4); `history` appears from 2 and `processDefinition` from 3.',
    reasoning:
      "The names of the wrapper's enum say what each level adds; its exec needs `history` and `processDefinition.companyId`, and its README reads cases with 3.",
    ifWrong:
      "A case read with the SDK's default (3) lacks its history or process definition: `CaseDataMissingError`, or `exec` needs an explicit `companyId`.",
    subjects: [
      'schema CaseDataLevel',
      'GetCaseRequest.include',
      'CaseDocument.history',
      'CaseDocument.processDefinition',
    ],
  },
  {
    id: 'include-cumulative',
    kind: 'wire',
    source: 'inferred',
    reference: 'blizworkapi 0.1.0 CaseDataLevel names ("PLUS_…")',
    statement: 'Each `include` level returns everything the lower levels return.',
    reasoning: 'Every level name starts with "PLUS", as if each added to the previous one.',
    ifWrong:
      'Level 3 might not carry the history; read with the level that carries what you need, or two reads.',
    subjects: ['schema CaseDataLevel'],
  },
  {
    id: 'case-document-shape',
    kind: 'wire',
    source: 'wrapper',
    reference: 'blizworkapi 0.1.0 BlizWorkCase (the members it reads)',
    statement:
      'A case document has `companyId`, `environment`, `processSlug`, `processVersion`, `caseNumber`, `createAudit.user`, `fields` (slug to value), `fieldValues[]` (`slug`, `fileUrl`), `history[]` (`currentActivity.formId`, `nextActivity.formId`, `updatedBy`, `updatedOn`) and `processDefinition.companyId`.',
    reasoning:
      'These are the members the wrapper reads; their types are inferred from how it uses them. The SDK tolerates any member being absent and keeps the ones it does not know.',
    ifWrong:
      'A helper that reads a missing member returns `undefined` or throws a typed error naming the case.',
    subjects: [
      'GetCaseReply.payload',
      'schema ActivityRef',
      'ActivityRef.formId',
      'schema HistoryEntry',
      'HistoryEntry.currentActivity',
      'HistoryEntry.nextActivity',
      'HistoryEntry.updatedBy',
      'HistoryEntry.updatedOn',
      'schema FieldValue',
      'FieldValue.slug',
      'FieldValue.fileName',
      'FieldValue.fileUrl',
      'schema CaseDocument',
      'CaseDocument.companyId',
      'CaseDocument.environment',
      'CaseDocument.processSlug',
      'CaseDocument.processVersion',
      'CaseDocument.caseNumber',
      'CaseDocument.createAudit',
      'CaseDocument.createAudit.user',
      'CaseDocument.fields',
      'CaseDocument.fieldValues',
      'CaseDocument.history',
      'CaseDocument.processDefinition.companyId',
    ],
  },
  {
    id: 'create-audit-date',
    kind: 'wire',
    source: 'inferred',
    reference: 'none (the wrapper reads only `createAudit.user`)',
    statement: '`createAudit.date` holds when the case was started, as an ISO-8601 string.',
    reasoning:
      'An audit record with a user usually carries a date; the emulator sends one. Nothing in the SDK reads it.',
    ifWrong: 'Nothing breaks; the member may be absent or named otherwise.',
    subjects: ['CaseDocument.createAudit.date'],
  },
  {
    id: 'history-first-entry',
    kind: 'wire',
    source: 'inferred',
    reference:
      "blizworkapi 0.1.0 reads `currentActivity.formId` of every entry; the first entry's value is unknown",
    statement:
      "The first history entry records the start of the case; what its `currentActivity` holds is unknown (the emulator sends `{formId: ''}`).",
    reasoning:
      'The wrapper treats `history[0].updatedBy` as the initiator, so the first entry is the start.',
    ifWrong:
      "Code that reads the first entry's `currentActivity.formId` may see a real form id; the SDK does not.",
    subjects: ['HistoryEntry.currentActivity'],
  },
  {
    id: 'case-closed-member',
    kind: 'wire',
    source: 'inferred',
    reference: 'none',
    statement:
      'A case document or summary may carry `closed` (true once the case reached a final form).',
    reasoning:
      'The emulator needs to say it; a server may not send it, so clients must tolerate its absence.',
    ifWrong: 'Without it the SDK derives "closed" from the history (see `closed-from-history`).',
    subjects: ['CaseDocument.closed', 'CaseSummary.closed'],
  },
  {
    id: 'process-definition-shape',
    kind: 'wire',
    source: 'inferred',
    reference: 'none beyond `processDefinition.companyId` (blizworkapi 0.1.0)',
    statement:
      'The process definition (include 3) carries `forms[]`, each with `formId`, `fields` and `nextFormIds`, as the emulator sends it.',
    reasoning:
      "Only `companyId` is known; the rest is the emulator's design, so that `blizwork typegen --from-case` has something to read.",
    ifWrong:
      '`blizwork typegen --from-case` cannot read a real definition; generate types from a seed file instead.',
    subjects: ['CaseDocument.processDefinition'],
  },
  {
    id: 'case-summary-shape',
    kind: 'wire',
    source: 'inferred',
    reference: 'blizworkapi 0.1.0 case_summary_list is annotated `-> []`',
    statement:
      '`/process/case-list` answers an array of case summaries in `payload`, each with `caseNumber`.',
    reasoning:
      "The wrapper's annotation says a list; a summary without its case number would be useless.",
    ifWrong:
      '`listCases` rejects with `BlizWorkResponseError` naming what it missed; `casesWithDetails` cannot read the cases.',
    subjects: ['schema CaseSummary', 'CaseSummary.caseNumber', 'ListCasesReply.payload'],
  },
  {
    id: 'filter-equality',
    kind: 'wire',
    source: 'inferred',
    reference:
      "P6 (the native extension's filter is column = value); no page covers the API's filter",
    statement:
      "A `filter` is equality on every key: a record (or case) matches when each key's value equals the given value; `{}` matches everything. For case lists a key names a summary property or a case field.",
    reasoning:
      'The native master-data extension documents equality filters; nothing suggests operators.',
    ifWrong:
      'A filter may match other records than expected (e.g. Mongo-style operators); check the result of a query before an upsert or a delete with the same filter.',
    subjects: [
      'schema Filter',
      'ListCasesRequest.filter',
      'QueryMasterDataRequest.filter',
      'UpsertMasterDataRequest.filter',
      'DeleteMasterDataRequest.filter',
    ],
  },
  {
    id: 'master-data-literal-values',
    kind: 'wire',
    source: 'inferred',
    reference: 'P6 (in the native extension, values name case fields)',
    statement:
      'Through the API, `filter` and `update` values are literal values, not case-field ids.',
    reasoning: 'Outside a case there is no case field to substitute.',
    ifWrong: 'A value that happens to equal a case-field id could be substituted.',
    subjects: [
      'QueryMasterDataRequest.filter',
      'UpsertMasterDataRequest.filter',
      'UpsertMasterDataRequest.update',
      'DeleteMasterDataRequest.filter',
    ],
  },
  {
    id: 'upsert-updates-all-matches',
    kind: 'wire',
    source: 'inferred',
    reference: 'P6 ("insert if no record matches, otherwise update")',
    statement:
      'An upsert updates every record that matches `filter`, or inserts one when none matches.',
    reasoning:
      'P6 documents insert-or-update for the native extension without saying whether one or many records are updated.',
    ifWrong: 'Only the first matching record is updated; use a filter on a unique column.',
    subjects: ['UpsertMasterDataRequest.filter'],
  },
  {
    id: 'upsert-insert-merges-filter',
    kind: 'wire',
    source: 'inferred',
    reference: "P6 (the insert's content is not described)",
    statement:
      'When an upsert inserts, the new record holds the `filter` columns and the `update` columns.',
    reasoning:
      'A record inserted without its identifying columns could never be found by the same filter again.',
    ifWrong: 'Inserted records lack their key columns; put the key columns in `update` too.',
    subjects: ['UpsertMasterDataRequest.update'],
  },
  {
    id: 'master-data-records-flat',
    kind: 'wire',
    source: 'wrapper',
    reference: 'blizworkapi 0.1.0 get_dictionary (indexes records by `record[key]`)',
    statement: '`/master-data` answers an array of flat records keyed by column name in `payload`.',
    reasoning: 'The wrapper re-indexes the records by one of their columns.',
    ifWrong: '`records()` rejects with `BlizWorkResponseError`; `dictionary()` misses the column.',
    subjects: ['schema MasterDataRecord', 'QueryMasterDataReply.payload'],
  },
  {
    id: 'master-data-write-payload',
    kind: 'wire',
    source: 'inferred',
    reference: 'none',
    statement:
      'Upsert and delete answer counts in `payload`: `{inserted, updated}` and `{deleted}`.',
    reasoning: 'The emulator needs to answer something useful; the real payload is unknown.',
    ifWrong:
      '`upsert()` and `delete()` resolve `{}` or other members; nothing in the SDK depends on the counts.',
    subjects: ['schema MasterDataWriteReply', 'MasterDataWriteReply.payload'],
  },
  {
    id: 'upload-base64',
    kind: 'wire',
    source: 'inferred',
    reference:
      'blizworkapi 0.1.0 upload_file puts the content into a JSON body (which fails for bytes)',
    statement: '`/attachment/upload` takes the file content as base64 text in `file`.',
    reasoning:
      "JSON carries text only, and base64 is the usual encoding of files in JSON; the wrapper's own call cannot work.",
    ifWrong:
      'Uploaded files are stored garbled or refused; upload through the BlizWork app instead.',
    subjects: ['UploadAttachmentRequest.file'],
  },
  {
    id: 'upload-reply-attachment',
    kind: 'wire',
    source: 'inferred',
    reference: 'P3 (attachment values are `{fileName, fileUrl}`)',
    statement:
      '`/attachment/upload` answers the stored file as `{fileName, fileUrl}` in `payload`.',
    reasoning:
      "That is the value an attachment field takes in `/exec`'s `formData`, the reason to upload.",
    ifWrong: '`uploadFile()` rejects with `BlizWorkResponseError` naming what it missed.',
    subjects: ['schema UploadAttachmentReply', 'UploadAttachmentReply.payload'],
  },
  {
    id: 'status-envelope',
    kind: 'wire',
    source: 'wrapper',
    reference:
      'blizworkapi 0.1.0 post() reads `resultCode`, else `status`; `resultMessage`, else `message`',
    statement:
      'A reply may use `{status, message, payload}` instead of `{resultCode, resultMessage}`, with the same codes. `status` is a result code only when the reply has no `resultCode` and carries `message` or `payload`.',
    reasoning:
      "The wrapper reads both shapes, so some endpoints (probably the undocumented ones) answer with `status`. A bare `status` is also what HTTP error bodies carry (RFC 9457 problem details), so it is read as a result code only in the envelope's shape.",
    ifWrong:
      'A reply whose `status` is not a result code would be read as one; a BlizWork reply with a bare `status` is refused as unreadable.',
    subjects: [
      'schema StatusEnvelope',
      'StatusEnvelope.status',
      'StatusEnvelope.message',
      'schema AnyEnvelope',
    ],
  },
  {
    id: 'reads-result-envelope',
    kind: 'wire',
    source: 'inferred',
    reference:
      'P2, P4 and P5 document `{resultCode, resultMessage}`; blizworkapi 0.1.0 also reads `{status, message, payload}`',
    statement:
      'The reads (getCase, listCases, the master-data query) answer in the documented `{resultCode, resultMessage, payload}` envelope, as the emulator does by default.',
    reasoning:
      "Every documented operation answers `resultCode`, so the emulator answers it everywhere. The wrapper's fallback to `status` hints that some undocumented operations (most likely these reads) use the other envelope; nothing says which.",
    ifWrong:
      "Nothing to change: the SDK reads both envelopes (status-envelope). Attach the doctor's report to an issue so that the spec can say which operation uses which envelope; to test against it, start the emulator with `--status-envelope <operationId>`.",
    subjects: ['schema GetCaseReply', 'schema ListCasesReply', 'schema QueryMasterDataReply'],
  },
  {
    id: 'reply-payload',
    kind: 'wire',
    source: 'wrapper',
    reference: 'blizworkapi 0.1.0 reads the data of every reply from `payload`',
    statement: "The data an operation returns is in the reply's `payload` member.",
    reasoning: 'The wrapper reads `payload` for cases, lists and records.',
    ifWrong: 'The SDK rejects the success with `BlizWorkResponseError` ("the reply lacks …").',
    subjects: [
      'StatusEnvelope.payload',
      'schema SuccessCarriesPayload',
      'schema GetCaseReply',
      'GetCaseReply.payload',
      'schema ListCasesReply',
      'ListCasesReply.payload',
      'schema QueryMasterDataReply',
      'QueryMasterDataReply.payload',
      'MasterDataWriteReply.payload',
      'UploadAttachmentReply.payload',
    ],
  },
  {
    id: 'result-codes-shared',
    kind: 'wire',
    source: 'inferred',
    reference: 'P5 lists codes 1, 100, 101 and 200 on the send-notification page',
    statement: 'The codes 0, 1, 100, 101 and 200 mean the same for every operation.',
    reasoning:
      "P5 reads like a copy of the exec page's tail (it mentions executing activities); P2 and P4 use 0 and 1 the same way.",
    ifWrong:
      'An error class (e.g. `InvalidTokenError` for 1) could name the wrong cause; `resultCode` is always on the error.',
    subjects: ['schema ResultCode'],
  },
  {
    id: 'not-found-is-result-code',
    kind: 'wire',
    source: 'inferred',
    reference: 'blizworkapi 0.1.0 get_case raises "Case … not found" on a failed reply',
    statement:
      'A case that does not exist is answered with a non-zero result code (not HTTP 404) and no payload.',
    reasoning: 'The wrapper reports "not found" from the reply\'s code and message.',
    ifWrong:
      'A missing case is a `BlizWorkHttpError` with HTTP 404 instead of a `BlizWorkApiError`.',
    subjects: ['operation getCase'],
  },
  {
    id: 'business-errors-http-200',
    kind: 'wire',
    source: 'inferred',
    reference: 'blizworkapi 0.1.0 handles "HTTP 2xx with a non-zero code"',
    statement:
      'Business errors arrive with HTTP 200 and a non-zero result code; non-2xx statuses come from failures around the API.',
    reasoning:
      'The wrapper handles a 2xx reply with a non-zero code as a failure, which only makes sense if the server sends them.',
    ifWrong: 'Nothing breaks in the SDK, which reads a result code whatever the HTTP status.',
    subjects: ['response HttpError'],
  },
  {
    id: 'reads-are-idempotent',
    kind: 'wire',
    source: 'inferred',
    reference: 'none',
    statement:
      '`getCase`, `listCases` and the master-data query change nothing, so sending one twice is harmless.',
    reasoning:
      'They only read; no source mentions a side effect (e.g. an audit entry that matters).',
    ifWrong: 'A retried read would leave a second trace; turn retries off with `maxRetries: 0`.',
    subjects: ['operation getCase', 'operation listCases', 'operation queryMasterData'],
  },
  {
    id: 'extension-body-shape',
    kind: 'wire',
    source: 'wrapper',
    reference:
      'blizworkapi 0.1.0 README (extension body example) and get_field_from_call; P7 (size)',
    statement:
      "An extension call's body has `environment`, `processId`, `processVersion`, `caseNumber`, `handshakeToken` and usually `fields` (case field values by slug), among other members.",
    reasoning:
      "The README shows the first five; the wrapper reads `fields`; P7's 100-500 KB bodies hold much more.",
    ifWrong: 'The extension handler answers 400 to a genuine call whose members differ; report it.',
    subjects: [
      'schema ExtensionCallBody',
      'ExtensionCallBody.environment',
      'ExtensionCallBody.processId',
      'ExtensionCallBody.processVersion',
      'ExtensionCallBody.caseNumber',
      'ExtensionCallBody.handshakeToken',
      'ExtensionCallBody.fields',
    ],
  },
  {
    id: 'free-plan-case-cap',
    kind: 'wire',
    source: 'documented',
    reference: 'P5 ("the Free plan handles 10 cases, so the API fails from case',
    statement:
      "On the Free plan, `/init` fails from the 11th case on, with result code 200 (the code of the plan's limits).",
    reasoning:
      'P5 documents the cap without naming its code; 200 is the documented code of the plan limits.',
    ifWrong: 'Starting case',
    subjects: ['operation startCase', 'plan free'],
  },
  {
    id: 'free-plan-callable',
    kind: 'wire',
    source: 'inferred',
    reference:
      'P5 gives the Free plan 0 transactions per second and also says it "handles 10 cases, so the API fails from case',
    statement:
      'A Free company can call the API, up to its 10 cases, at no more than the Básico rate (0.5 transactions per second); its documented 0 is not a ban on every call.',
    reasoning:
      "Read literally, 0 transactions per second refuses every call, and case #11 could never be reached; only this reading makes both documented statements true. The rate is the slowest paid plan's, the highest a free plan can plausibly have. If the guess is wrong, a paced Free client's calls are refused with code 200 before they run (nothing is done twice); the opposite guess would lock every Free user out of a plan that works.",
    ifWrong:
      'Every call of a Free company gets code 200 (`TransactionLimitError`); nothing ran. Upgrade the plan, or ask BlizWork whether Free accounts may use the API.',
    subjects: ['plan free'],
  },
  {
    id: 'code-200-refused-before-running',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'P5 (code 200, "transaction limit exceeded")',
    statement:
      'A reply with result code 200 means the server refused the call before running any of it.',
    reasoning:
      'A rate limit is normally checked before the work starts, and P5 names the code "transaction limit exceeded". Nothing says when the check happens, so only reads, which are harmless twice, are resent after code 200 by default.',
    ifWrong:
      'A write resent after code 200 could run twice (two cases, two e-mails). That is why writes are resent only with the client option `resendWritesOnTransactionLimit: true`.',
    subjects: [
      'SDK: which calls the request pipeline resends after code 200',
      'SDK: the adaptive rate limiter slows down on code 200',
      'Emulator: the plan limit refuses a call before reading its body',
    ],
  },
  {
    id: 'handshake-token-pattern',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'blizworkapi 0.1.0 README (a "24-character id"); its example is 24 hex characters',
    statement: 'A handshake token is 16 to 64 characters of `A-Z`, `a-z`, `0-9`, `_` and `-`.',
    reasoning:
      "The documented token is 24 characters; the range tolerates a change of format, while the character set keeps `/`, `.`, `?`, `#` and `%` out, so a token can never be read as a path (the wrapper's path injection).",
    ifWrong:
      'Genuine extension calls are refused with HTTP 400 naming `handshakeToken`; report it.',
    subjects: ['SDK: the extension handler checks the body before verifying it'],
  },
  {
    id: 'extension-answers-401',
    kind: 'behaviour',
    source: 'wrapper',
    reference: 'blizworkapi 0.1.0 README (its sample answers 401 when validation fails)',
    statement:
      'An extension answers HTTP 401 to a call that failed verification, and BlizWork expects nothing in particular from that answer.',
    reasoning:
      "The wrapper's README sample does so; what BlizWork does with an extension's reply is undocumented.",
    ifWrong: 'BlizWork could retry or flag the extension; the call was refused either way.',
    subjects: [
      'SDK: the extension handler answers 401 to validatecall code 1',
      'webhook extensionCall',
    ],
  },
  {
    id: 'extension-503-may-be-retried',
    kind: 'behaviour',
    source: 'inferred',
    reference: "none (P8's lifecycle steps are cut off)",
    statement:
      'An extension that cannot verify a call (BlizWork unreachable, too many verifications) may answer 503 and BlizWork may call again.',
    reasoning: '503 is the HTTP status for "try again later"; whether BlizWork retries is unknown.',
    ifWrong: "The call is lost for the extension; BlizWork's case still moved on.",
    subjects: ['SDK: the extension handler answers 503 when it could not verify'],
  },
  {
    id: 'validatecall-endpoint-exact',
    kind: 'behaviour',
    source: 'inferred',
    reference:
      'P4 (the webhook sends the URI BlizWork invoked); P8 (the coordinator logs every call)',
    statement:
      'BlizWork confirms a handshake token only for the endpoint it called, comparing the `endpoint` sent with its log exactly (the same URL, not a prefix or a host).',
    reasoning:
      'P4 asks for the endpoint for that purpose; an exact comparison is the only one that stops a token issued for another extension being replayed here.',
    ifWrong:
      'A real server that compares loosely is more permissive than the emulator (nothing breaks); one that normalises differently refuses calls whose `publicUrl` is spelled otherwise than in BlizWork. Copy the URL exactly as registered.',
    subjects: [
      'Emulator: validatecall compares the endpoint with the one it called (URL-normalised)',
      'SDK: the extension handler sends `publicUrl` verbatim',
      'ValidateCallRequest.endpoint',
    ],
  },
  {
    id: 'validatecall-single-use',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'P4 (the token changes on every call and cannot validate a later call)',
    statement:
      'A handshake token is spent by its first validation; validating it again answers code 1.',
    reasoning:
      'P4 says a token cannot validate a later call; spending it on first use is the strict reading.',
    ifWrong: 'Nothing unsafe; the SDK still sends validatecall once, never retrying it.',
    subjects: [
      'SDK: validateCall is sent once, never retried',
      'Emulator: a handshake token validates once',
      'operation validateCall',
      'operation validateCallByPath',
    ],
  },
  {
    id: 'validatecall-company-bound',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'P1 (a token gives access to exactly one organization)',
    statement:
      'A handshake token validates only when asked with an API token of the company whose case issued it.',
    reasoning:
      "Tokens are scoped to one organization; another company's token has no access to the call log.",
    ifWrong: 'The emulator is stricter than the server; nothing in the SDK depends on it.',
    subjects: ['Emulator: validatecall checks the company of the API token'],
  },
  {
    id: 'draft-calls-verifiable',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'blizworkapi 0.1.0 validate_call skips draft calls (a security bug)',
    statement:
      'Extension calls of draft cases can be verified with validatecall like production ones.',
    reasoning:
      "Nothing documents an exception for drafts; the wrapper's skip is what let forged calls through.",
    ifWrong:
      'Genuine draft calls get code 1 and the handler answers 401; the option `allowUnverifiedDraft: true` (unsafe) skips verification for drafts.',
    subjects: ['SDK: validateCall and the extension handler verify draft calls'],
  },
  {
    id: 'delete-empty-filter-matches-all',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'none (what the server does with an empty delete filter is unknown)',
    statement:
      'A master-data delete (or upsert) with an empty filter may match every record of the table.',
    reasoning:
      'An empty equality filter matches everything (see `filter-equality`); a wiped table cannot be recovered.',
    ifWrong: 'Nothing is lost; the SDK and the emulator refuse an empty filter for writes.',
    subjects: [
      'SDK: upsert and delete refuse an empty filter (TypeError)',
      'Emulator: delete refuses an empty filter (code 330)',
      'operation deleteMasterData',
    ],
  },
  {
    id: 'pending-form-from-history',
    kind: 'behaviour',
    source: 'wrapper',
    reference:
      'blizworkapi 0.1.0 BlizWorkCase.current_form and exec (`history[-1].nextActivity.formId`)',
    statement: 'The form a case waits on is the `nextActivity.formId` of its last history entry.',
    reasoning: 'That is how the wrapper finds the `formId` it sends to `/exec`.',
    ifWrong:
      '`exec` sends the wrong `formId` and the server refuses it; `c.pendingFormId` is wrong.',
    subjects: [
      'SDK: exec builds formId from the history; Case.pendingFormId',
      'SDK: exec({ ensure: true }) reads the history back',
    ],
  },
  {
    id: 'closed-from-history',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'none',
    statement:
      'Without a `closed` member, a case whose last history entry waits on no form (no `nextActivity.formId`) is closed.',
    reasoning: 'A final form has no next form; the wrapper fails with KeyError on such a case.',
    ifWrong:
      '`c.closed` is wrong for a real case; `exec` on it is refused by the server instead of by the SDK.',
    subjects: ["SDK: Case.closed and exec's CaseClosedError"],
  },
  {
    id: 'company-from-process-definition',
    kind: 'behaviour',
    source: 'wrapper',
    reference: 'blizworkapi 0.1.0 BlizWorkCase.exec (`processDefinition.companyId`)',
    statement:
      "The `companyId` `/exec` needs is the process definition's company, which may differ from the case's `companyId` (a case run for another organization's process).",
    reasoning: 'The wrapper takes it from `processDefinition`, not from the case.',
    ifWrong: "An exec for another organization's process is refused; pass `companyId` to `exec()`.",
    subjects: [
      "SDK: exec's companyId (option, else processDefinition.companyId, else the client's)",
    ],
  },
  {
    id: 'exec-ensure-history-proof',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'none',
    statement:
      "An exec ran if and only if the case's history gained an entry at the position it was sent at, executing `formId` towards `nextFormId`.",
    reasoning:
      'Every executed activity appends one history entry (the wrapper reads them in order); no other record of an exec is exposed.',
    ifWrong:
      '`exec({ ensure: true })` could resend an exec that ran, or give up on one that did not.',
    subjects: ['SDK: exec({ ensure: true }) after a timeout or a dropped connection'],
  },
  {
    id: 'no-redirects',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'none',
    statement:
      'The API never answers with a redirect; a 3xx comes from something between the client and BlizWork.',
    reasoning:
      "The wrapper follows redirects silently (requests' default), which would send the token-bearing body elsewhere.",
    ifWrong:
      'A legitimate redirect is refused with `BlizWorkRedirectError`; set `baseUrl` to the target.',
    subjects: ['SDK: redirects are never followed (BlizWorkRedirectError)'],
  },
  {
    id: 'error-codes-unknown',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'P5 documents codes 0, 1, 100, 101 and 200 only',
    statement:
      'The real codes for "not found" and "wrong state" errors are unknown; the emulator answers its own codes (3xx).',
    reasoning: 'No page lists them; the emulator must answer something stable.',
    ifWrong:
      'Code that tests for an emulator code (e.g. 311) fails in production; test for "non-zero".',
    subjects: ['Emulator: ResultCodes beyond the documented ones'],
  },
  {
    id: 'extensions-run-during-exec',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'P8 (extensions run on events of the workflow; its steps are cut off)',
    statement:
      'The extensions tied to a transition are called after the exec changed the case and before `/exec` answers; their outcome does not change the reply.',
    reasoning:
      "The emulator needs an order; this one lets a test see the extension's effects as soon as exec resolves.",
    ifWrong:
      'In production an extension may run after exec answered; do not rely on its effects being visible at once.',
    subjects: ['Emulator: executeActivity awaits the extension calls'],
  },
  {
    id: 'case-numbers-per-process',
    kind: 'behaviour',
    source: 'inferred',
    reference:
      'P2 (init answers a `caseNumber`); the wrapper addresses a case by process and number',
    statement: 'Case numbers count from 1 per process and environment, and are never reused.',
    reasoning: 'A case is always addressed by process, environment and number together.',
    ifWrong: 'Emulator numbering differs from production; do not hard-code case numbers.',
    subjects: ['Emulator: startCase numbers cases'],
  },
  {
    id: 'plan-limit-covers-every-call',
    kind: 'behaviour',
    source: 'inferred',
    reference:
      'P5 (limits by plan, given on the send-notification page; "executing activities is limited by the plan")',
    statement:
      "The plan's transactions per second are one company-wide budget that every API call counts against.",
    reasoning:
      "P5 gives one table per plan and says exec is limited too; the budget is the company's, not an operation's.",
    ifWrong: 'Pacing every call is slower than needed; nothing is refused.',
    subjects: [
      'SDK: rateLimit paces every call of a client',
      'Emulator: the plan limiter counts every call',
      'rate-limit-redis: one budget per company',
    ],
  },
  {
    id: 'corporativo-no-pacing',
    kind: 'behaviour',
    source: 'inferred',
    reference: 'P5 (Corporativo has "maximum capacity")',
    statement: 'The Corporativo plan has no practical limit, so calls are not paced.',
    reasoning: '"Maximum capacity" names no number.',
    ifWrong:
      'Code 200 replies appear; they are resent for reads and refused (reported) for writes.',
    subjects: ['SDK and rate-limit-redis: the corporativo plan paces nothing', 'plan corporativo'],
  },
  {
    id: 'exec-repeat-refused',
    kind: 'behaviour',
    source: 'inferred',
    reference:
      "none (P3's reply section is missing); blizworkapi 0.1.0 re-reads the case after each exec",
    statement:
      'An exec of an activity the case has already left (the same `formId` and `nextFormId` sent again) is refused with a non-zero result code and changes nothing.',
    reasoning:
      'P3 requires `formId` to be the activity the case waits on; after the first exec the case waits elsewhere. The server could also acknowledge the repeat (code 0) without acting, or, worse, run it again.',
    ifWrong:
      "A repeated exec answers code 0: it cannot be told from a first run by its reply, so read the case to know whether it moved (the SDK's `exec` does). If it ran twice, never resend an exec.",
    subjects: [
      'Emulator: the repeatedExec switch (refused by default)',
      "CLI: blizwork doctor --probe's repeated-exec probe",
    ],
  },
];
