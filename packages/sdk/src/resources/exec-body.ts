// How `Case.exec` builds the executeActivity body: the Python wrapper's rules, with its gaps fixed
// (typed errors instead of KeyError, environment from the case, execUserId supported).
import type { ExecuteActivityRequest } from '@blizwork/client';
import { requireString } from '../internal/options/arguments.js';
import { optionKeysOf } from '../internal/options/option-keys.js';
import { CaseClosedError } from '../errors/case-closed-error.js';
import type { CallOptions, CaseDocument, Environment, HistoryEntry } from '../types.js';

/** Options of `Case.exec`. */
export interface ExecOptions extends CallOptions {
  /** Do not run the extensions (webhooks) tied to this transition. @default false */
  skipExtensions?: boolean;
  /** The company that owns the process. @default the case's process definition's, else the client's */
  companyId?: string;
  /** The user who actually executes the activity, when not the client's `userId`. */
  execUserId?: string;
  /**
   * After a timeout or a dropped connection (outcome unknown), read the case back and resend only
   * if its history shows the activity did not run; resolves the refreshed case either way.
   * @default false
   */
  ensure?: boolean;
}

/** The keys of {@link ExecOptions}. */
export const EXEC_OPTION_KEYS = /* @__PURE__ */ optionKeysOf<ExecOptions>()([
  'signal',
  'skipExtensions',
  'companyId',
  'execUserId',
  'ensure',
] as const);

/** What the body is built from: a case loaded with its history. */
export interface ExecutableCase {
  readonly label: string;
  readonly number: number;
  readonly processId: string;
  readonly environment: Environment;
  readonly document: CaseDocument;
  readonly history: readonly HistoryEntry[];
}

/**
 * The company of the process: the option, else the case's process definition's, else the client's
 * (assumption:company-from-process-definition).
 */
export function execCompanyId(
  document: CaseDocument,
  options: ExecOptions,
  clientCompanyId: string | undefined,
): string | undefined {
  return options.companyId ?? document.processDefinition?.companyId ?? clientCompanyId;
}

/**
 * The executeActivity body for moving `source` to `nextFormId`. `formId` is the form the case waits
 * on (the last history entry's next form). A case that waits on none, or whose document says
 * `closed: true`, throws CaseClosedError; other refusals come from the server as result codes.
 */
export function buildExecBody(
  source: ExecutableCase,
  input: ExecOptions & { nextFormId: string; formData: Record<string, unknown> },
  client: { userId: string; companyId: string | undefined },
): ExecuteActivityRequest {
  // The form the case waits on (assumption:pending-form-from-history).
  const formId = source.history.at(-1)?.nextActivity?.formId;
  // `closed` is not in the documented case shape; the emulator sends it and a server may too
  // (assumption:case-closed-member).
  if (typeof formId !== 'string' || formId === '' || source.document.closed === true) {
    throw new CaseClosedError(source.label, source.number);
  }
  const companyId = execCompanyId(source.document, input, client.companyId);
  if (companyId === undefined) {
    throw new TypeError(
      `BlizWork: exec on ${source.label} needs a companyId: the case has no processDefinition.companyId, so pass it to exec() or to new BlizWork({ companyId })`,
    );
  }
  return {
    companyId: requireString(companyId, 'companyId'),
    userId: client.userId,
    workflowId: source.processId,
    environment: source.environment,
    caseNumber: source.number,
    formId,
    nextFormId: input.nextFormId,
    formData: input.formData as ExecuteActivityRequest['formData'],
    skipExtensions: input.skipExtensions ?? false,
    ...(input.execUserId === undefined
      ? {}
      : { execUserId: requireString(input.execUserId, 'execUserId') }),
  };
}
