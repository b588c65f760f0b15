import type { Environment } from '../domain/terms.js';

/** Which fields an executed activity wrote: the dashboard's timeline shows it per history step. */
export interface FieldChangeEntry {
  /** The company of the case. */
  readonly companyId: string;
  /** The process slug of the case. */
  readonly processId: string;
  /** The case's environment. */
  readonly environment: Environment;
  /** The case's number. */
  readonly caseNumber: number;
  /** Index of the history entry the exec appended. */
  readonly step: number;
  /** The `formData` keys the exec sent, in its order. */
  readonly fields: readonly string[];
}

/**
 * The fields each exec changed. History entries (the API's shape) do not say it, so the emulator
 * keeps it aside; seeded steps have no entry.
 */
export class FieldChangeLog {
  readonly #entries: FieldChangeEntry[] = [];

  /** Records an exec's changed fields. */
  record(entry: FieldChangeEntry): void {
    this.#entries.push(Object.freeze({ ...entry, fields: Object.freeze([...entry.fields]) }));
  }

  /** Every entry, oldest first. */
  all(): readonly FieldChangeEntry[] {
    return this.#entries;
  }

  /** The changed fields per history step of one case. */
  forCase(
    companyId: string,
    processId: string,
    environment: Environment,
    caseNumber: number,
  ): Map<number, readonly string[]> {
    const steps = new Map<number, readonly string[]>();
    for (const entry of this.#entries) {
      if (
        entry.companyId === companyId &&
        entry.processId === processId &&
        entry.environment === environment &&
        entry.caseNumber === caseNumber
      ) {
        steps.set(entry.step, entry.fields);
      }
    }
    return steps;
  }
}
