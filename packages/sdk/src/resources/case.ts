import { executeActivity } from '@blizwork/client';
import { isRecord, requireRecord, requireString } from '../internal/options/arguments.js';
import { defineInspect } from '../internal/options/inspect.js';
import { checkOptionKeys } from '../internal/options/option-keys.js';
import type { RequestPipeline } from '../internal/pipeline/request-pipeline.js';
import { CaseDataMissingError } from '../errors/case-data-missing-error.js';
import { FieldNotFoundError } from '../errors/field-not-found-error.js';
import { StaleCaseError } from '../errors/stale-case-error.js';
import {
  CaseDataLevel,
  type CaseDocument,
  type CaseFields,
  type Environment,
  type FieldName,
  type HistoryEntry,
} from '../types.js';
import { EXEC_OPTION_KEYS, buildExecBody, execCompanyId, type ExecOptions } from './exec-body.js';
import { ensureExec } from './ensure-exec.js';

/**
 * What a case needs of the process it was read from (a `Process`): its id, and a way to read the
 * case again. Structural, so that this module does not import the one that creates cases.
 */
export interface CaseOrigin<F extends object> {
  readonly id: string;
  getCase(
    caseNumber: number,
    options: { include: CaseDataLevel; environment: Environment; signal?: AbortSignal },
  ): Promise<Case<F>>;
}

/** The values `exec` sends: some of the case's fields. */
export type ExecFormData<F> = { [K in keyof F]?: F[K] };

/** What a case was requested with, used where the document is silent. */
export interface CaseRequest {
  caseNumber: number;
  environment: Environment;
  include: CaseDataLevel;
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/**
 * A case as read by `Process.getCase`: the document plus helpers (the Python wrapper's
 * `BlizWorkCase`). `F` types the fields. It holds no token: `toJSON()` is the case document.
 */
export class Case<F extends object = CaseFields> {
  /** The case document as the API returned it. */
  readonly document: CaseDocument;
  /** The include level the case was read with. */
  readonly include: CaseDataLevel;
  readonly #process: CaseOrigin<F>;
  readonly #pipeline: RequestPipeline;
  readonly #request: CaseRequest;
  /** Set once an exec on this object went through: the object then describes the case as it was. */
  #superseded = false;

  /** @internal Use `Process.getCase()`. */
  constructor(
    process: CaseOrigin<F>,
    pipeline: RequestPipeline,
    document: CaseDocument,
    request: CaseRequest,
  ) {
    this.#process = process;
    this.#pipeline = pipeline;
    this.#request = request;
    this.document = document;
    this.include = request.include;
    defineInspect(this, 'Case', () => ({
      processId: this.processId,
      number: this.number,
      environment: this.environment,
      version: this.version,
      include: this.include,
    }));
  }

  /** The case number. */
  get number(): number {
    const { caseNumber } = this.document;
    return Number.isInteger(caseNumber) ? (caseNumber as number) : this.#request.caseNumber;
  }

  /** The process id (the document's `processSlug`). */
  get processId(): string {
    return this.document.processSlug ?? this.#process.id;
  }

  /** The company the case belongs to (may differ from the process definition's company). */
  get companyId(): string | undefined {
    return this.document.companyId;
  }

  /** The environment (process version) the case belongs to. */
  get environment(): Environment {
    return this.document.environment ?? this.#request.environment;
  }

  /** The process version the case runs. */
  get version(): number | undefined {
    return this.document.processVersion;
  }

  /** Who started the case: the first history entry's user, else `createAudit.user`. */
  get initiator(): string | undefined {
    return this.document.history?.[0]?.updatedBy ?? this.document.createAudit?.user;
  }

  /** The executed activities in order. Throws CaseDataMissingError when read with include < 2. */
  get history(): readonly HistoryEntry[] {
    const { history } = this.document;
    if (!Array.isArray(history)) {
      throw new CaseDataMissingError(this.label, 'history', CaseDataLevel.PlusCaseHistory);
    }
    return history;
  }

  /** The case's field values by field id. */
  get fields(): Readonly<Partial<F>> {
    return (this.document.fields ?? {}) as Partial<F>;
  }

  /**
   * Whether the case is closed (reached a final form, so no activity can be executed). The API
   * does not document this: the document's `closed` member is used when it is a boolean (the
   * emulator always sends it). Without it, which forms are final is unknown to the SDK, so it is
   * derived from the history only: `true` when the last entry waits on no form, `false` when it
   * waits on one, and `undefined` when the case was read without its history (include < 2).
   * (assumption:case-closed-member, assumption:closed-from-history)
   */
  get closed(): boolean | undefined {
    const { closed, history } = this.document;
    if (typeof closed === 'boolean') return closed;
    if (!Array.isArray(history)) return undefined;
    const formId = history.at(-1)?.nextActivity?.formId;
    return typeof formId !== 'string' || formId === '';
  }

  /**
   * The form the case waits on, or `undefined` when it is closed (a closed case's last entry still
   * names the final form it stopped at; that form is not pending). Needs the history
   * (assumption:pending-form-from-history).
   */
  get pendingFormId(): string | undefined {
    const formId = this.history.at(-1)?.nextActivity?.formId;
    return this.closed === true ? undefined : formId;
  }

  /** Whether the case waits on `formId` (a type guard for typed processes: see `TypedCase.isAt`). Needs the history. */
  isAt(formId: string): boolean {
    return this.pendingFormId === formId;
  }

  /** How the case is named in errors, e.g. `case sales-process #2 (production)`. */
  get label(): string {
    return `case ${this.processId} #${this.number} (${this.environment})`;
  }

  /** The history entries that executed `formId`, oldest first (the wrapper's `form`). */
  forms(formId: string): HistoryEntry[] {
    return this.history.filter((entry) => entry.currentActivity?.formId === formId);
  }

  /** The last history entry that executed `formId`, if any. */
  latestForm(formId: string): HistoryEntry | undefined {
    return this.forms(formId).at(-1);
  }

  /** The last history entry (its `nextActivity` is the form the case waits on), if any. */
  currentForm(): HistoryEntry | undefined {
    return this.history.at(-1);
  }

  /** The date (`YYYY-MM-DD`) a history entry was executed, from its `updatedOn`. */
  formExecutionDate(entry: HistoryEntry | undefined): string | undefined {
    const updatedOn = entry?.updatedOn;
    return typeof updatedOn === 'string' && DATE_PREFIX.test(updatedOn)
      ? updatedOn.slice(0, 10)
      : undefined;
  }

  /** A field's value; throws FieldNotFoundError when the case has no such field. */
  field<K extends FieldName<F>>(name: K): F[K];
  /** A field's value, or `fallback` (which may be `null` or `undefined`) when the case has no such field. */
  field<K extends FieldName<F>, D>(name: K, fallback: D): F[K] | D;
  field(name: string, ...fallback: [] | [unknown]): unknown {
    const fields = this.document.fields;
    if (isRecord(fields) && Object.hasOwn(fields, name)) return fields[name];
    if (fallback.length > 0) return fallback[0];
    throw new FieldNotFoundError(this.label, name);
  }

  /** The URL of the file in an attachment field; throws FieldNotFoundError when there is none. */
  downloadUrl(fieldName: FieldName<F>): string {
    const entry = this.document.fieldValues?.find((value) => value.slug === fieldName);
    const value = this.document.fields?.[fieldName];
    const url = entry?.fileUrl ?? (isRecord(value) ? value.fileUrl : undefined);
    if (typeof url !== 'string' || url === '')
      throw new FieldNotFoundError(this.label, fieldName, 'file in field');
    return url;
  }

  /**
   * Executes the form the case waits on, moving it to `nextFormId`, and resolves the case read
   * again (include at least 3). Re-reads the case first if it lacks its history or a company id.
   * Throws CaseClosedError when the case waits on no form, and StaleCaseError when an earlier
   * exec already moved the case from this object (use the Case that exec resolved). Never resent
   * after a timeout or a dropped connection unless `{ ensure: true }`, which reads the case back
   * first (see ExecOptions).
   */
  async exec(
    nextFormId: string,
    formData: ExecFormData<F> = {},
    options: ExecOptions = {},
  ): Promise<Case<F>> {
    checkOptionKeys('exec', options, EXEC_OPTION_KEYS);
    if (this.#superseded) throw new StaleCaseError(this.label, this.number);
    requireString(nextFormId, 'nextFormId');
    requireRecord(formData, 'formData');
    const settings = this.#pipeline.settings;
    const ready =
      Array.isArray(this.document.history) &&
      execCompanyId(this.document, options, settings.companyId)
        ? this
        : await this.#reload(CaseDataLevel.PlusProcessDefinition, options.signal);
    const body = buildExecBody(ready, { ...options, nextFormId, formData }, settings);
    const send = () =>
      this.#pipeline.send(
        executeActivity,
        { body },
        { operation: 'executeActivity', signal: options.signal },
      );
    if (options.ensure === true) {
      const readHistory = async () =>
        (await this.#reload(CaseDataLevel.PlusCaseHistory, options.signal)).history;
      await ensureExec({ send, readHistory }, ready.history.length, body, settings.maxRetries);
    } else {
      await send();
    }
    // The case moved on: this object (and the one re-read for the body) now describe the past.
    this.#superseded = true;
    if (ready !== this) ready.#superseded = true;
    return this.#reload(
      Math.max(this.include, CaseDataLevel.PlusProcessDefinition) as CaseDataLevel,
      options.signal,
    );
  }

  #reload(include: CaseDataLevel, signal: AbortSignal | undefined): Promise<Case<F>> {
    return this.#process.getCase(this.number, { include, environment: this.environment, signal });
  }

  /** The case document (JSON.stringify(case) is the document). */
  toJSON(): CaseDocument {
    return this.document;
  }
}
