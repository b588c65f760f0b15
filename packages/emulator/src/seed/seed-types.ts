import type { Environment, PlanName, SeedField } from '../domain/terms.js';

/** A company (organization): its API tokens and the users authorized to use them. */
export interface SeedCompany {
  /** The company's id, as callers send it in `companyId`. */
  companyId: string;
  /** The company's display name. */
  name: string;
  /** API tokens; unique across all companies. */
  tokens: string[];
  /** E-mails of the authorized users. */
  users: string[];
  /**
   * The company's plan: its documented rate (overrides the `transactionsPerSecond` option) and, for
   * `free`, the cap of 10 cases (its rate follows the `freePlan` assumption switch: Básico's pace by
   * default, or none). @default no plan: the `transactionsPerSecond` option, no case cap
   */
  plan?: PlanName;
  /** Plan limit in transactions per second; wins over `plan`'s rate and the `transactionsPerSecond` option. */
  transactionsPerSecond?: number;
}

/** A form (activity). No `nextFormIds` makes it a final form: a case reaching it is closed. */
export interface SeedForm {
  /** The form's id, unique in its process (the `formId` and `nextFormId` of an exec). */
  formId: string;
  /** Human-readable name of the form (informative only). */
  name?: string;
  /** The form's fields. */
  fields: SeedField[];
  /** The forms an exec of this form may move to; empty for a final form. */
  nextFormIds: string[];
}

/**
 * One environment's version of a process. A process given for one environment only gets the same
 * definition (and version) in the other, so every process has a production and a draft version.
 */
export interface SeedProcess {
  /** The company that owns the process (one of `companies`). */
  companyId: string;
  /** The process slug, unique per company and environment (the `workflowId` of `startCase`). */
  processId: string;
  /** Human-readable name of the process. */
  name: string;
  /** The version number of this environment's definition (stored in each case as `processVersion`). */
  version: number;
  /** @default 'production' */
  environment?: Environment;
  /** The first form is the start form. */
  forms: SeedForm[];
}

/** A case to create at start. */
export interface SeedCase {
  /** The company of the case (one of `companies`). */
  companyId: string;
  /** The process slug of the case (one of `processes`). */
  processId: string;
  /** @default 'production' */
  environment?: Environment;
  /** @default the next free number of the process in that environment */
  caseNumber?: number;
  /** @default the company's first user */
  createdBy?: string;
  /** ISO timestamp of the start and of every seeded step. @default the emulator's start time */
  createdOn?: string;
  /**
   * The forms the case went through, from the start form to the form it waits on; ending on a
   * final form makes the case closed. @default [start form]
   */
  formPath?: string[];
  /** Field values; attachments as `{ fileName, fileUrl }`. */
  fields?: Record<string, unknown>;
}

/** A master-data table of a company. */
export interface SeedTable {
  /** The company that owns the table (one of `companies`). */
  companyId: string;
  /** The table's name. */
  table: string;
  /** The table's records, each a JSON object. */
  records: Record<string, unknown>[];
}

/** An extension (webhook) the emulator calls after matching execs. */
export interface SeedExtension {
  /** Only cases of this company. @default any company */
  companyId?: string;
  /** Only cases of this process (its slug). */
  processId: string;
  /** Only execs of this form. */
  formId?: string;
  /** Only execs moving to this form. */
  nextFormId?: string;
  /** http or https URL (the real service calls HTTPS only). */
  url: string;
}

/** A one-time handshake token treated as issued for a call to `endpoint`. */
export interface SeedHandshake {
  /** The company the token is issued to (one of `companies`). */
  companyId: string;
  /** The handshake token itself. */
  token: string;
  /** The extension URL the token is issued for. */
  endpoint: string;
}

/**
 * The emulator's initial state, described by `seed.schema.json` (shipped with the package and
 * exported as `seedJsonSchema`).
 */
export interface Seed {
  /** Lets a seed file point at `seed.schema.json` (for editors); otherwise ignored. */
  $schema?: string;
  /** The first company's first token and first user are the emulator's `token` and `userId`. */
  companies: SeedCompany[];
  /**
   * Process definitions, one entry per environment (one given for a single environment serves
   * both). @default none
   */
  processes?: SeedProcess[];
  /** Cases to create at start. @default none */
  cases?: SeedCase[];
  /** Master-data tables. @default none */
  masterData?: SeedTable[];
  /** Extensions (webhooks) to call after matching execs. @default none */
  extensions?: SeedExtension[];
  /** Handshake tokens to treat as already issued. @default none */
  handshakes?: SeedHandshake[];
}
