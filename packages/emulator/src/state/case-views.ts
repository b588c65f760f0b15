import type { Environment } from '../domain/terms.js';
import type { CaseRecord } from './case-record.js';
import { currentFormId } from './case-record.js';
import type { Company, FormDefinition, ProcessVersion } from './directory.js';
import { fieldValuesWithFileUrls, fieldsWithFileUrls } from './file-urls.js';
import { ownValue, type JsonObject } from './json-values.js';

/** A process version's definition as replies show it (no lookup tables). */
export type ProcessDefinitionView = Readonly<{
  companyId: string;
  processId: string;
  name: string;
  version: number;
  environment: Environment;
  forms: readonly FormDefinition[];
}>;

/** A case as `listCases` (and the admin API's case list) summarizes it. */
export type CaseSummaryView = Readonly<{
  caseNumber: number;
  environment: Environment;
  processSlug: string;
  processVersion: number;
  currentFormId: string;
  closed: boolean;
  /** Field values by slug, stored file paths as absolute URLs. */
  fields: JsonObject;
  createAudit: CaseRecord['createAudit'];
}>;

const definitionViews = new WeakMap<ProcessVersion, ProcessDefinitionView>();

/**
 * The process definition as `getCase` shows it from include level 3, in the emulator's own shape
 * (assumption:process-definition-shape). Process versions never
 * change once built (only cases, master data and outboxes do), so each view is built once and
 * shared, frozen, by every reply that shows it.
 */
export function processDefinitionView(process: ProcessVersion): ProcessDefinitionView {
  let view = definitionViews.get(process);
  if (view === undefined) {
    view = Object.freeze({
      companyId: process.companyId,
      processId: process.processId,
      name: process.name,
      version: process.version,
      environment: process.environment,
      forms: Object.freeze(
        process.forms.map((form) =>
          Object.freeze({
            formId: form.formId,
            ...(form.name === undefined ? {} : { name: form.name }),
            fields: form.fields,
            nextFormIds: form.nextFormIds,
          }),
        ),
      ),
    });
    definitionViews.set(process, view);
  }
  return view;
}

/** What `caseDocument` needs beyond the case itself. */
export interface CaseDocumentContext {
  readonly company: Company | undefined;
  readonly process: ProcessVersion | undefined;
  /** Levels add to the ones below (the default); false: a level shows only its own block. */
  readonly cumulative?: boolean;
  /** The emulator's current base URL: stored file paths are shown under it. */
  readonly baseUrl: string;
}

/**
 * The case document for `getCase` (assumption:include-levels, assumption:include-cumulative). Levels
 * are cumulative: 0 the case; 1 + `userInfo` (the user who started the case); 2 + `history`; 3 +
 * `processDefinition`; 4 + `companyInfo`. With `cumulative: false` a level shows the case and its
 * own block only (3: `processDefinition`, no `history`). The returned object shares the case's
 * field values: serialize it before the case changes.
 */
export function caseDocument(
  record: CaseRecord,
  include: number,
  context: CaseDocumentContext,
): JsonObject {
  const document: JsonObject = {
    companyId: record.companyId,
    environment: record.environment,
    processSlug: record.processSlug,
    processVersion: record.processVersion,
    caseNumber: record.caseNumber,
    createAudit: record.createAudit,
    fields: fieldsWithFileUrls(record.fields, context.baseUrl),
    fieldValues: fieldValuesWithFileUrls(record.fieldValues, context.baseUrl),
    currentFormId: currentFormId(record),
    closed: record.closed,
  };
  // Whether level `n`'s block is shown: every level up to `include`, or exactly `include`'s.
  const shows = (level: number): boolean =>
    context.cumulative === false ? include === level : include >= level;
  if (shows(1)) {
    document.userInfo = {
      userId: record.createAudit.user,
      companyId: record.companyId,
      authorized: context.company?.users.has(record.createAudit.user) ?? false,
    };
  }
  if (shows(2)) document.history = record.history;
  if (shows(3) && context.process !== undefined) {
    document.processDefinition = processDefinitionView(context.process);
  }
  if (shows(4) && context.company !== undefined) {
    document.companyInfo = { companyId: context.company.companyId, name: context.company.name };
  }
  return document;
}

/** The summary `listCases` returns for a case; stored file paths are shown under `baseUrl`. */
export const caseSummary = (record: CaseRecord, baseUrl: string): CaseSummaryView => ({
  caseNumber: record.caseNumber,
  environment: record.environment,
  processSlug: record.processSlug,
  processVersion: record.processVersion,
  currentFormId: currentFormId(record),
  closed: record.closed,
  fields: fieldsWithFileUrls(record.fields, baseUrl),
  createAudit: record.createAudit,
});

/** Summary properties a listCases filter key compares with; any other key names a case field. */
export const summaryFilterKeys: ReadonlySet<string> = new Set([
  'caseNumber',
  'environment',
  'processSlug',
  'processVersion',
  'currentFormId',
  'closed',
]);

/** The value a listCases filter key is compared with. */
export const summaryFilterValue = (summary: JsonObject, key: string): unknown =>
  ownValue(summaryFilterKeys.has(key) ? summary : (summary.fields as JsonObject), key);
