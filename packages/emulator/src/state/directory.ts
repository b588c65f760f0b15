import type { Environment, PlanName, SeedField } from '../domain/terms.js';
import { processKey } from './composite-keys.js';

/** A company as the emulator holds it. */
export interface Company {
  readonly companyId: string;
  readonly name: string;
  readonly tokens: readonly string[];
  readonly users: ReadonlySet<string>;
  /** The company's own limit (the seed's `transactionsPerSecond`); undefined: its plan's, if any. */
  readonly transactionsPerSecond: number | undefined;
  /** The company's plan (its rate applies when it has no rate of its own). */
  readonly plan?: PlanName | undefined;
  /** How many cases the company's plan allows (the Free plan's 10); undefined: no cap. */
  readonly maxCases?: number | undefined;
}

/** A form of a process version. */
export interface FormDefinition {
  readonly formId: string;
  readonly name?: string;
  readonly fields: readonly SeedField[];
  readonly nextFormIds: readonly string[];
}

/** One environment's version of a process. */
export interface ProcessVersion {
  readonly companyId: string;
  readonly processId: string;
  readonly name: string;
  readonly version: number;
  readonly environment: Environment;
  readonly forms: readonly FormDefinition[];
  readonly formsById: ReadonlyMap<string, FormDefinition>;
}

/**
 * The fixed part of the state: companies, their tokens and their process definitions. Built once
 * from the seed; only cases, master data and the outboxes change afterwards.
 */
export class Directory {
  readonly #companies = new Map<string, Company>();
  readonly #companyByToken = new Map<string, Company>();
  readonly #processes = new Map<string, Map<Environment, ProcessVersion>>();

  /** Adds a company; its tokens must be new. */
  addCompany(company: Company): void {
    this.#companies.set(company.companyId, company);
    for (const token of company.tokens) this.#companyByToken.set(token, company);
  }

  /** Adds one environment's version of a process. */
  addProcess(process: ProcessVersion): void {
    const key = processKey(process.companyId, process.processId);
    const versions = this.#processes.get(key) ?? new Map<Environment, ProcessVersion>();
    versions.set(process.environment, process);
    this.#processes.set(key, versions);
  }

  /** The company a token belongs to. */
  companyForToken(token: string): Company | undefined {
    return this.#companyByToken.get(token);
  }

  /** A company by id. */
  company(companyId: string): Company | undefined {
    return this.#companies.get(companyId);
  }

  /** Every company, in seed order. */
  companies(): Company[] {
    return [...this.#companies.values()];
  }

  /** Every API token of every company (used to redact log lines). */
  allTokens(): string[] {
    return [...this.#companyByToken.keys()];
  }

  /** A process version, or undefined. */
  process(
    companyId: string,
    processId: string,
    environment: Environment,
  ): ProcessVersion | undefined {
    return this.#processes.get(processKey(companyId, processId))?.get(environment);
  }

  /** Every (company, process) pair with its versions. */
  processVersions(): ProcessVersion[] {
    return [...this.#processes.values()].flatMap((versions) => [...versions.values()]);
  }
}
