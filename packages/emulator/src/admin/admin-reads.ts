import type { Environment } from '../domain/terms.js';
import { caseSummary, processDefinitionView } from '../state/case-views.js';
import { fieldValuesWithFileUrls } from '../state/file-urls.js';
import { currentFormId } from '../state/case-record.js';
import type { CaseRecord } from '../state/case-record.js';
import { fail, maskSecret, ok, type AdminContext, type AdminEndpoint } from './admin-context.js';
import type {
  CaseDetail,
  CasePage,
  ExtensionCallInfo,
  NotificationInfo,
  OverviewReply,
  ProcessExtension,
  ProcessInfo,
  TableInfo,
  TableRecords,
} from './admin-contract.js';

/** Page size bounds of the case list: paging keeps the page fast with 10k cases. */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

const environmentParam = (query: URLSearchParams): Environment =>
  query.get('environment') === 'draft' ? 'draft' : 'production';

const nonNegativeInt = (text: string | null, fallback: number): number => {
  const value = Number(text ?? '');
  return text !== null && Number.isInteger(value) && value >= 0 ? value : fallback;
};

/** Companies (tokens masked), users, URLs and counts. */
export const overview: AdminEndpoint = (_input, context) => {
  const state = context.state();
  return ok<OverviewReply>({
    url: context.pipeline.baseUrl(),
    dataDir: context.dataDir ?? null,
    companies: state.directory.companies().map((company) => ({
      companyId: company.companyId,
      name: company.name,
      tokens: company.tokens.map(maskSecret),
      users: [...company.users],
    })),
    counts: {
      cases: state.cases.size,
      notifications: state.notifications.length,
      extensionCalls: state.extensionCalls.length,
    },
  });
};

/**
 * The extensions registered on a company's process, as `{ formId?, nextFormId?, url }` (the
 * process graph draws each on the edges it fires on).
 */
const extensionsOf = (
  context: AdminContext,
  companyId: string,
  processId: string,
): ProcessExtension[] =>
  context
    .extensions()
    .filter(
      (registration) =>
        registration.processId === processId &&
        (registration.companyId === undefined || registration.companyId === companyId),
    )
    .map(({ formId, nextFormId, url }) => ({
      ...(formId === undefined ? {} : { formId }),
      ...(nextFormId === undefined ? {} : { nextFormId }),
      url,
    }));

/** Every process version with its forms and transitions, its extensions and its number of cases. */
export const processes: AdminEndpoint = (_input, context) => {
  const state = context.state();
  return ok<ProcessInfo[]>(
    state.directory.processVersions().map((process) => ({
      ...processDefinitionView(process),
      extensions: extensionsOf(context, process.companyId, process.processId),
      caseCount: state.cases.list(process.companyId, process.processId, process.environment).length,
    })),
  );
};

/** True when the case's number, form, creator or a field value contains the search text. */
const matchesSearch = (record: CaseRecord, search: string): boolean =>
  search === '' ||
  String(record.caseNumber) === search ||
  [currentFormId(record), record.createAudit.user, JSON.stringify(record.fields)].some((text) =>
    text.toLowerCase().includes(search),
  );

/**
 * A page of a process's cases, newest first: `?companyId&processId&environment&q&status&form&offset&limit`
 * (`form`: only the cases at that form, as the process graph lists them).
 */
export const cases: AdminEndpoint = ({ query }, context) => {
  const companyId = query.get('companyId') ?? '';
  const processId = query.get('processId') ?? '';
  const search = (query.get('q') ?? '').trim().toLowerCase();
  const status = query.get('status');
  const form = query.get('form');
  const offset = nonNegativeInt(query.get('offset'), 0);
  const limit = Math.min(
    MAX_PAGE_SIZE,
    Math.max(1, nonNegativeInt(query.get('limit'), DEFAULT_PAGE_SIZE)),
  );
  const matching = context
    .state()
    .cases.list(companyId, processId, environmentParam(query))
    .filter(
      (record) =>
        (status !== 'open' || !record.closed) &&
        (status !== 'closed' || record.closed) &&
        (form === null || currentFormId(record) === form) &&
        matchesSearch(record, search),
    )
    .reverse();
  return ok<CasePage>({
    total: matching.length,
    offset,
    limit,
    items: matching
      .slice(offset, offset + limit)
      .map((record) => caseSummary(record, context.pipeline.baseUrl())),
  });
};

/** One case with its timeline (history plus the fields each step changed) and its process. */
export const caseDetail: AdminEndpoint = ({ query }, context) => {
  const state = context.state();
  const companyId = query.get('companyId') ?? '';
  const processId = query.get('processId') ?? '';
  const environment = environmentParam(query);
  const caseNumber = Number(query.get('caseNumber'));
  const record = state.cases.get(companyId, processId, environment, caseNumber);
  const process = state.directory.process(companyId, processId, environment);
  if (record === undefined || process === undefined) {
    return fail(
      404,
      `no ${environment} case #${String(query.get('caseNumber'))} of process '${processId}'`,
    );
  }
  const changes = state.fieldChanges.forCase(companyId, processId, environment, caseNumber);
  return ok<CaseDetail>({
    case: {
      ...caseSummary(record, context.pipeline.baseUrl()),
      fieldValues: fieldValuesWithFileUrls(record.fieldValues, context.pipeline.baseUrl()),
    },
    timeline: record.history.map((entry, step) => ({
      ...entry,
      changedFields: changes.get(step) ?? null,
    })),
    process: processDefinitionView(process),
    extensions: extensionsOf(context, companyId, processId),
  });
};

/** Master-data tables with their record counts: `?companyId` (optional). */
export const tables: AdminEndpoint = ({ query }, context) => {
  const companyId = query.get('companyId');
  return ok<TableInfo[]>(
    context
      .state()
      .masterData.allTables()
      .filter((table) => companyId === null || table.companyId === companyId)
      .map((table) => ({
        companyId: table.companyId,
        table: table.table,
        count: table.records.length,
      })),
  );
};

/** One table's records: `?companyId&table`. */
export const tableRecords: AdminEndpoint = ({ query }, context) => {
  const table = query.get('table') ?? '';
  const records = context.state().masterData.query(query.get('companyId') ?? '', table, {});
  return records === undefined
    ? fail(404, `no master-data table '${table}'`)
    : ok<TableRecords>({ records });
};

/** The notifications outbox, newest first. */
export const notifications: AdminEndpoint = (_input, context) =>
  ok<NotificationInfo[]>([...context.state().notifications].reverse());

/** The extension call log, newest first; `index` is the call's position for "resend". */
export const extensionCalls: AdminEndpoint = (_input, context) =>
  ok<ExtensionCallInfo[]>(
    context
      .state()
      .extensionCalls.map((call, index) => ({ index, ...call }))
      .reverse(),
  );

/** The whole mutable state as a versioned snapshot (what `--data` stores). */
export const snapshot: AdminEndpoint = (_input, context) => ok(context.snapshot());
