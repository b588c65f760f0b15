import { getCase, listCases, startCase } from '@blizwork/client';
import type { StartCaseRequest } from '@blizwork/client';
import {
  requireCaseNumber,
  requireEnvironment,
  requireInclude,
  requireRecord,
  requireString,
} from '../internal/options/arguments.js';
import { defineInspect } from '../internal/options/inspect.js';
import {
  CALL_OPTION_KEYS,
  checkOptionKeys,
  optionKeysOf,
} from '../internal/options/option-keys.js';
import type { Extractor } from '../internal/pipeline/settle.js';
import type { RequestPipeline } from '../internal/pipeline/request-pipeline.js';
import {
  CaseDataLevel,
  type CallOptions,
  type CaseFields,
  type CaseSummary,
  type Environment,
  type Filter,
} from '../types.js';
import { Case } from './case.js';
import { payloadArray } from './extractors.js';
import { requestedCaseDocument } from './requested-case.js';
import type { BulkItems, BulkOptions } from './bulk/bulk-types.js';
import { readInOrder } from './bulk/cases-with-details.js';
import { startCases, type StartCasesReport } from './bulk/start-cases.js';
import { bulkItemReporter } from '../internal/observe/instrumentation.js';

/** Options of {@link Process.startCase}. */
export interface StartCaseOptions extends CallOptions {
  /** Makes the case appear as started by this user (of another organization). */
  execUserId?: string;
  /** The company that owns the process. @default the client's `companyId` */
  companyId?: string;
  /**
   * The process version to start a case of. `draft` is sent as `environment: "draft"`, a member
   * the documentation of `/init` does not show: if BlizWork ignores it, the case starts in
   * production. `production` sends no `environment` (the server's default).
   * @default the client's environment
   */
  environment?: Environment;
}

/** Options of {@link Process.getCase}. */
export interface GetCaseOptions extends CallOptions {
  /** How much data to load. @default CaseDataLevel.PlusProcessDefinition (3): history and process definition */
  include?: CaseDataLevel;
  /** Which version's case to read. @default the client's environment */
  environment?: Environment;
}

/** Options of {@link Process.casesWithDetails}: those of its reads, plus how many at once. */
export interface CasesWithDetailsOptions extends Omit<GetCaseOptions, 'environment'> {
  /** Reads at once, 1 to 256. @default 4 */
  concurrency?: number;
  /**
   * Called once, when the list is in and before the first read, with the number of cases the
   * iteration will yield (the summaries that carry a case number): e.g. the total of a progress
   * bar. Not called when the list itself fails.
   */
  onListed?: (count: number) => void;
}

/** The keys of {@link StartCaseOptions}. */
const START_CASE_KEYS = /* @__PURE__ */ optionKeysOf<StartCaseOptions>()([
  'signal',
  'execUserId',
  'companyId',
  'environment',
] as const);
/** The keys of {@link GetCaseOptions}. */
const GET_CASE_KEYS = /* @__PURE__ */ optionKeysOf<GetCaseOptions>()([
  'signal',
  'include',
  'environment',
] as const);

const CASE_NUMBER: Extractor<number> = {
  what: 'a caseNumber',
  read: (envelope) => {
    const value =
      envelope.caseNumber ?? (envelope.payload as { caseNumber?: unknown } | undefined)?.caseNumber;
    return Number.isInteger(value) ? (value as number) : undefined;
  },
};
const CASE_SUMMARIES = /* @__PURE__ */ payloadArray<CaseSummary>(
  'an array of case summaries in payload',
);

/**
 * One process (workflow) of the company, by its id (slug). `F` types the case fields, so that
 * `c.field('amount')` is typed. Obtain it with `bw.process<F>('sales-process')`.
 */
export class Process<F extends object = CaseFields> {
  /** The process id (slug), sent as `workflowId`/`processId`. */
  readonly id: string;
  readonly #pipeline: RequestPipeline;

  /** @internal Use `BlizWork.process()`. */
  constructor(pipeline: RequestPipeline, id: string) {
    this.#pipeline = pipeline;
    this.id = requireString(id, 'the process id');
    defineInspect(this, 'Process', () => this.toJSON());
  }

  /**
   * Starts a case, as a user would in the app, in the client's environment (or `options.environment`),
   * and resolves its number. Needs a company id (option, else the client's); throws `TypeError`
   * without one. Never retried automatically.
   *
   * The documentation of `/init` shows no `environment` member, so it is sent only for a draft
   * case (`environment: "draft"`); a production case is started without it, relying on the
   * server's default. If BlizWork ignores the member, a draft request starts a production case.
   */
  async startCase(options: StartCaseOptions = {}): Promise<number> {
    checkOptionKeys('startCase', options, START_CASE_KEYS);
    const { userId } = this.#pipeline.settings;
    const environment = requireEnvironment(
      options.environment ?? this.#pipeline.settings.environment,
    );
    const companyId = options.companyId ?? this.#pipeline.settings.companyId;
    if (companyId === undefined) {
      throw new TypeError(
        'BlizWork: startCase needs a companyId: pass it to new BlizWork({ companyId }) (BLIZWORK_COMPANY_ID) or to startCase()',
      );
    }
    const body: StartCaseRequest = {
      companyId: requireString(companyId, 'companyId'),
      userId,
      workflowId: this.id,
      // Undocumented on /init (assumption:init-environment): sent only when a draft case is asked
      // for; a production case relies on the server's default (assumption:environment-default-production).
      ...(environment === 'production' ? {} : { environment }),
      ...(options.execUserId === undefined
        ? {}
        : { execUserId: requireString(options.execUserId, 'execUserId') }),
    };
    return this.#pipeline.send(
      startCase,
      { body },
      {
        operation: 'startCase',
        signal: options.signal,
        extract: CASE_NUMBER,
        createdCase: (caseNumber) => caseNumber,
      },
    );
  }

  /**
   * Reads a case. Retried on transient failures. A reply about another case (another process,
   * case number, environment, or a company that is not the client's `companyId`) is refused with
   * `BlizWorkResponseError`.
   */
  async getCase(caseNumber: number, options: GetCaseOptions = {}): Promise<Case<F>> {
    checkOptionKeys('getCase', options, GET_CASE_KEYS);
    const include = requireInclude(options.include ?? CaseDataLevel.PlusProcessDefinition);
    const environment = requireEnvironment(
      options.environment ?? this.#pipeline.settings.environment,
    );
    const body = {
      userId: this.#pipeline.settings.userId,
      environment,
      processId: this.id,
      caseNumber: requireCaseNumber(caseNumber),
      include,
    };
    const document = await this.#pipeline.send(
      getCase,
      { body },
      {
        operation: 'getCase',
        signal: options.signal,
        extract: requestedCaseDocument({
          processId: this.id,
          caseNumber: body.caseNumber,
          environment,
          companyId: this.#pipeline.settings.companyId,
        }),
      },
    );
    return new Case<F>(this, this.#pipeline, document, { caseNumber, environment, include });
  }

  /** Reads a case of the published version (the wrapper's `get_case_from_production`). */
  getCaseFromProduction(
    caseNumber: number,
    include?: CaseDataLevel,
    options: CallOptions = {},
  ): Promise<Case<F>> {
    checkOptionKeys('getCaseFromProduction', options, CALL_OPTION_KEYS);
    return this.getCase(caseNumber, { ...options, include, environment: 'production' });
  }

  /** Reads a case of the draft version (the wrapper's `get_case_from_draft`). */
  getCaseFromDraft(
    caseNumber: number,
    include?: CaseDataLevel,
    options: CallOptions = {},
  ): Promise<Case<F>> {
    checkOptionKeys('getCaseFromDraft', options, CALL_OPTION_KEYS);
    return this.getCase(caseNumber, { ...options, include, environment: 'draft' });
  }

  /**
   * Lists the summaries of the cases (in the client's environment) that match `filter`, an
   * equality filter on case properties and fields (the server's filter syntax is undocumented).
   * Retried on transient failures.
   */
  async listCases(filter: Filter = {}, options: CallOptions = {}): Promise<CaseSummary[]> {
    checkOptionKeys('listCases', options, CALL_OPTION_KEYS);
    const { userId, environment } = this.#pipeline.settings;
    const body = {
      userId,
      environment,
      processId: this.id,
      filter: requireRecord(filter, 'filter'),
    };
    return this.#pipeline.send(
      listCases,
      { body },
      { operation: 'listCases', signal: options.signal, extract: CASE_SUMMARIES },
    );
  }

  /**
   * Starts one case per input (the options of {@link startCase}; `{}` for defaults), with at most
   * `concurrency` at once, and resolves a report with every started case's number and every
   * failure. Like `startCase`, a call whose outcome is unknown (timeout) is never resent.
   */
  startCases(
    inputs: BulkItems<Omit<StartCaseOptions, 'signal'>>,
    options: BulkOptions<Omit<StartCaseOptions, 'signal'>> = {},
  ): Promise<StartCasesReport<Omit<StartCaseOptions, 'signal'>>> {
    const settled = bulkItemReporter(this.#pipeline.instrumentation, 'startCases');
    return startCases((input) => this.startCase(input), inputs, options, settled);
  }

  /**
   * Lists the cases matching `filter`, then reads each one (one getCase per summary, at most
   * `concurrency` at once) and yields them in list order. A failed read ends the iteration with
   * its error. `onListed` learns how many cases will be yielded before the first read.
   *
   * @example
   * for await (const c of sales.casesWithDetails({}, { include: CaseDataLevel.PlusCaseHistory })) log(c.label);
   */
  async *casesWithDetails(
    filter: Filter = {},
    options: CasesWithDetailsOptions = {},
  ): AsyncGenerator<Case<F>, void, undefined> {
    const { concurrency, onListed, ...read } = options;
    const summaries = await this.listCases(filter, { signal: options.signal });
    yield* readInOrder(
      summaries,
      (caseNumber) => this.getCase(caseNumber, read),
      concurrency,
      onListed,
    );
  }

  /** A token-free summary. */
  toJSON(): { processId: string; environment: Environment } {
    return { processId: this.id, environment: this.#pipeline.settings.environment };
  }
}
