// Public types shared by the SDK's classes. The API's document shapes come from the generated
// client (and so from the spec); the SDK re-exports them under the same names.
export type {
  AttachmentValue,
  CaseDocument,
  CaseSummary,
  Environment,
  FieldValue,
  Filter,
  FormFieldValue,
  HistoryEntry,
  MasterDataRecord,
} from '@blizwork/client';

/**
 * How much data `getCase` returns (the API's `include`). Levels are assumed cumulative: each adds
 * to the previous one (assumption:include-levels, assumption:include-cumulative). `PlusCaseHistory` is needed by the history helpers, `PlusProcessDefinition`
 * lets `exec` find the process's company.
 */
export const CaseDataLevel = {
  /** The case only. */
  CaseOnly: 0,
  /** Plus user information. */
  PlusUserInfo: 1,
  /** Plus the case history (`history[]`). */
  PlusCaseHistory: 2,
  /** Plus the process definition (`processDefinition`). The SDK's default. */
  PlusProcessDefinition: 3,
  /** Plus company information. */
  PlusCompanyInfo: 4,
} as const;

/** One of the {@link CaseDataLevel} values, 0 to 4. */
export type CaseDataLevel = (typeof CaseDataLevel)[keyof typeof CaseDataLevel];

/** Another name of the {@link CaseDataLevel} type (0 to 4), for code that keeps type and value names apart. */
export type CaseDataLevelValue = CaseDataLevel;

/** Options every SDK call accepts. */
export interface CallOptions {
  /** Aborts the call (and its retries); the call then rejects with `BlizWorkAbortError`. */
  signal?: AbortSignal;
}

/**
 * Where the SDK writes its diagnostics: each request at `debug`, each retry at `warn`. `console`
 * fits. Lines hold the operation, the redacted URL, the attempt, the status and the duration;
 * never a body or the token.
 */
export interface Logger {
  /** Receives a line per request sent. */
  debug?(message: string, ...details: unknown[]): void;
  /** Not called by the SDK today; part of the shape so `console` and common loggers fit. */
  info?(message: string, ...details: unknown[]): void;
  /** Receives a line per retry, with the reason and the wait. */
  warn?(message: string, ...details: unknown[]): void;
  /** Not called by the SDK today; part of the shape so `console` and common loggers fit. */
  error?(message: string, ...details: unknown[]): void;
}

/** The default shape of a case's fields: field id to value. Pass your own type to `process<F>()`. */
export type CaseFields = Record<string, unknown>;

/** The field ids of a fields type. */
export type FieldName<F> = keyof F & string;
