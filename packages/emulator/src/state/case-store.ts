import type { Environment } from '../domain/terms.js';
import type { CaseRecord } from './case-record.js';
import { processVersionKey } from './composite-keys.js';

interface ProcessCases {
  /** The highest case number used so far; numbers are per process AND environment. */
  lastNumber: number;
  readonly cases: Map<number, CaseRecord>;
}

const key = processVersionKey;

/** Where cases live, grouped by company, process and environment. */
export class CaseStore {
  readonly #groups = new Map<string, ProcessCases>();

  #group(companyId: string, processId: string, environment: Environment): ProcessCases {
    const groupKey = key(companyId, processId, environment);
    let group = this.#groups.get(groupKey);
    if (group === undefined) {
      group = { lastNumber: 0, cases: new Map() };
      this.#groups.set(groupKey, group);
    }
    return group;
  }

  /** The next free case number of a process in an environment (not reserved until `add`). */
  nextNumber(companyId: string, processId: string, environment: Environment): number {
    return this.#group(companyId, processId, environment).lastNumber + 1;
  }

  /** True when the number is taken. */
  has(companyId: string, processId: string, environment: Environment, caseNumber: number): boolean {
    return this.#group(companyId, processId, environment).cases.has(caseNumber);
  }

  /** Stores a case under its own number. */
  add(record: CaseRecord): void {
    const group = this.#group(record.companyId, record.processSlug, record.environment);
    group.cases.set(record.caseNumber, record);
    group.lastNumber = Math.max(group.lastNumber, record.caseNumber);
  }

  /** A case, or undefined. */
  get(
    companyId: string,
    processId: string,
    environment: Environment,
    caseNumber: number,
  ): CaseRecord | undefined {
    return this.#groups.get(key(companyId, processId, environment))?.cases.get(caseNumber);
  }

  /** The cases of a process in an environment, by case number. */
  list(companyId: string, processId: string, environment: Environment): CaseRecord[] {
    const cases = this.#groups.get(key(companyId, processId, environment))?.cases;
    return cases === undefined
      ? []
      : [...cases.values()].sort((a, b) => a.caseNumber - b.caseNumber);
  }

  /** How many cases are stored. */
  get size(): number {
    let total = 0;
    for (const group of this.#groups.values()) total += group.cases.size;
    return total;
  }
}
