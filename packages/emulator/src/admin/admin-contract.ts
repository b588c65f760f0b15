// The admin API's replies (`/_emulator/api/*`), declared once: `admin-reads.ts` and
// `admin-actions.ts` build them, the dashboard (dashboard/) reads them. Types only: the dashboard
// imports this module with `import type`, which esbuild erases, so nothing of src/ enters the page.
import type { FieldValue, HistoryEntry } from '../domain/terms.js';
import type { Reply } from '../handlers/operation-context.js';
import type { CaseSummaryView, ProcessDefinitionView } from '../state/case-views.js';
import type { JsonObject } from '../state/json-values.js';
import type { ExtensionCallRecord, NotificationRecord } from '../state/records.js';

/** A company as `overview` lists it (tokens masked). */
export interface CompanyInfo {
  readonly companyId: string;
  readonly name: string;
  /** The company's tokens, masked (never the secret itself). */
  readonly tokens: readonly string[];
  readonly users: readonly string[];
}

/** `GET overview`: the emulator's URL, its data directory, the companies and counts. */
export interface OverviewReply {
  readonly url: string;
  /** The `--data` directory, or null when the state is not saved. */
  readonly dataDir: string | null;
  readonly companies: readonly CompanyInfo[];
  readonly counts: {
    readonly cases: number;
    readonly notifications: number;
    readonly extensionCalls: number;
  };
}

/** A process version's definition: its forms, their fields and transitions. */
export type ProcessDefinition = ProcessDefinitionView;

/** A form of a process definition. */
export type FormDefinition = ProcessDefinition['forms'][number];

/** A field of a form: its slug (`id`), its type and its label (both informative). */
export type FieldDefinition = FormDefinition['fields'][number];

/** An extension registered on a process, as the process graph draws it on its edges. */
export interface ProcessExtension {
  readonly formId?: string;
  readonly nextFormId?: string;
  readonly url: string;
}

/** `GET processes`: one process version with its extensions and its number of cases. */
export type ProcessInfo = ProcessDefinition & {
  readonly extensions: readonly ProcessExtension[];
  readonly caseCount: number;
};

/** A case as the case list shows it (the `listCases` summary). */
export type CaseSummary = CaseSummaryView;

/** `GET cases`: one page of a process's cases, newest first. */
export interface CasePage {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly CaseSummary[];
}

/** One step of a case's timeline: the history entry and the fields its exec wrote. */
export type TimelineEntry = HistoryEntry & {
  /** The fields the step wrote, or null when unknown (a seeded or restored step). */
  readonly changedFields: readonly string[] | null;
};

/** `GET case`: one case with its field values, its timeline, its process and its extensions. */
export interface CaseDetail {
  readonly case: CaseSummary & { readonly fieldValues: readonly FieldValue[] };
  readonly timeline: readonly TimelineEntry[];
  readonly process: ProcessDefinition;
  readonly extensions: readonly ProcessExtension[];
}

/** `GET tables`: a master-data table with its record count. */
export interface TableInfo {
  readonly companyId: string;
  readonly table: string;
  readonly count: number;
}

/** `GET table`: one master-data table's records. */
export interface TableRecords {
  readonly records: readonly JsonObject[];
}

/** `GET notifications` lists these, newest first. */
export type NotificationInfo = NotificationRecord;

/** `GET extension-calls` lists these, newest first; `index` is the call's position for "resend". */
export type ExtensionCallInfo = ExtensionCallRecord & { readonly index: number };

/**
 * `POST cases`, `exec`, `attachments`, `master-data/upsert`…: the reply envelope of the BlizWork
 * operation the endpoint ran (`resultCode`, `resultMessage`, then `caseNumber`, `payload`...).
 */
export type OperationReply = Reply;

/** `POST master-data/insert`: the new record and its position in the table. */
export interface InsertedRecord {
  readonly index: number;
  readonly record: JsonObject;
}

/** An error reply of the admin API. */
export interface AdminError {
  readonly error: string;
}
