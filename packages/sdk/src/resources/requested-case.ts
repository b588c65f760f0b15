// The one check that a case document is the case that was asked for. Every case document the SDK
// accepts comes through `Process.getCase` (a direct read, exec's re-reads, `casesWithDetails`,
// `ExtensionCall.getCase`), whose extractor runs this check: a reply about another case is refused
// with `BlizWorkResponseError` before any caller sees it.
import type { Extractor } from '../internal/pipeline/settle.js';
import type { CaseDocument, Environment } from '../types.js';
import { payloadObject } from './extractors.js';

/** What a getCase asked for, and the client's company, against which the reply is checked. */
export interface RequestedCase {
  processId: string;
  caseNumber: number;
  environment: Environment;
  /** The client's `companyId`; `undefined` when it has none (then no company is checked). */
  companyId: string | undefined;
}

/** A value from the reply, shown in an error: quoted, and cut short. */
const shown = (value: unknown): string => JSON.stringify(String(value).slice(0, 40));

/**
 * Why the companies of `document` rule out the client's `companyId`, or `undefined` when they do
 * not. The reference says a case's `companyId` and its `processDefinition.companyId` can differ (a
 * case run for another organization's process), and the client's `companyId` may name either
 * organization (`startCase` sends it as the process owner's; a user may configure their own). So
 * a reply is refused only when it names both companies and the client's is neither: a genuine
 * cross-organization case has the client's company on one side. With one side only (a read below
 * include level 3, or a reply that leaves one out) a different company may be the other side of
 * such a case, so nothing is refused. A client without a `companyId` checks no company.
 */
function companyMismatch(document: CaseDocument, clientCompanyId: string): string | undefined {
  const ofCase: unknown = document.companyId;
  // `?.` also covers a JSON `null` definition; a primitive one has no `companyId`.
  const ofDefinition: unknown = document.processDefinition?.companyId;
  if (ofCase === undefined || ofDefinition === undefined) return undefined;
  if (ofCase === clientCompanyId || ofDefinition === clientCompanyId) return undefined;
  return (
    `the reply is a case with companyId ${shown(ofCase)} and processDefinition.companyId ` +
    `${shown(ofDefinition)}, neither of them the client's companyId ${JSON.stringify(clientCompanyId)} ` +
    "(to read another company's cases, use a client with its companyId: bw.withOptions({ companyId }))"
  );
}

/**
 * Why `document` is not the requested case, or `undefined` when it is: another process, case
 * number or environment, or companies that rule out the client's (see `companyMismatch`). A member
 * the reply leaves out is tolerated (the API does not document which members a case document
 * always has).
 */
export function caseMismatch(document: CaseDocument, requested: RequestedCase): string | undefined {
  const { caseNumber, environment, processSlug } = document;
  if (processSlug !== undefined && processSlug !== requested.processId) {
    return `the reply is a case of process ${shown(processSlug)}, not of the requested ${JSON.stringify(requested.processId)}`;
  }
  if (caseNumber !== undefined && caseNumber !== requested.caseNumber) {
    return `the reply is case #${String(caseNumber).slice(0, 40)}, not the requested #${requested.caseNumber}`;
  }
  if (environment !== undefined && environment !== requested.environment) {
    return `the reply is a case of ${shown(environment)}, not of the requested ${requested.environment}`;
  }
  return requested.companyId === undefined
    ? undefined
    : companyMismatch(document, requested.companyId);
}

const CASE_DOCUMENT = /* @__PURE__ */ payloadObject<CaseDocument>('a case document in payload');

/** Reads the case document of a getCase reply and refuses it unless it is `requested`. */
export function requestedCaseDocument(requested: RequestedCase): Extractor<CaseDocument> {
  return { ...CASE_DOCUMENT, verify: (document) => caseMismatch(document, requested) };
}
