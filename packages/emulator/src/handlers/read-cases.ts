import { caseDocument, caseSummary, summaryFilterValue } from '../state/case-views.js';
import { matchesFilter } from '../state/json-values.js';
import { findCase, findProcess, isRefusal, refuseUnknownUser } from './guards.js';
import {
  readEnvironmentOf,
  type OperationContext,
  type Reply,
  type RequestBody,
} from './operation-context.js';
import { refuse, succeed } from '../reply-envelope.js';

/**
 * `POST /process/case/{token}/`: the case document, with more data as `include` grows (0-4);
 * the levels are cumulative unless the `includeLevels` switch says `exact`.
 */
export function getCase(body: RequestBody<'getCase'>, context: OperationContext): Reply {
  const refusal = refuseUnknownUser(context, body.userId);
  if (refusal !== undefined) return refuse(refusal);
  const found = findCase(
    context,
    body.processId,
    readEnvironmentOf(body, context),
    body.caseNumber,
  );
  if (isRefusal(found)) return refuse(found);
  const { process, record } = found;
  return succeed({
    payload: caseDocument(record, body.include ?? 0, {
      company: context.company,
      process,
      cumulative: context.assumptions.includeLevels === 'cumulative',
      baseUrl: context.baseUrl,
    }),
  });
}

/**
 * `POST /process/case-list/{token}/`: case summaries by case number. Filter keys naming a summary
 * property (caseNumber, environment, processSlug, processVersion, currentFormId, closed) compare
 * with it; any other key compares with the case field of that name; all by equality.
 */
export function listCases(body: RequestBody<'listCases'>, context: OperationContext): Reply {
  const refusal = refuseUnknownUser(context, body.userId);
  if (refusal !== undefined) return refuse(refusal);
  const process = findProcess(context, body.processId, readEnvironmentOf(body, context));
  if (isRefusal(process)) return refuse(process);
  const filter = body.filter ?? {};
  const payload = context.state.cases
    .list(process.companyId, process.processId, process.environment)
    .map((record) => caseSummary(record, context.baseUrl))
    .filter((summary) => matchesFilter(filter, (key) => summaryFilterValue(summary, key)));
  return succeed({ payload });
}
