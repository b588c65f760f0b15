import { assignOwn, jsonEquals, matchesFilter, ownValue, type JsonObject } from './json-values.js';

/** Counts returned by an upsert. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/**
 * Master-data tables per company (shared by both environments). Filters are equality on columns;
 * `{}` matches every record (assumption:filter-equality).
 */
export class MasterDataStore {
  readonly #tables = new Map<string, Map<string, JsonObject[]>>();

  #companyTables(companyId: string): Map<string, JsonObject[]> {
    let tables = this.#tables.get(companyId);
    if (tables === undefined) {
      tables = new Map();
      this.#tables.set(companyId, tables);
    }
    return tables;
  }

  /** Creates (or replaces) a table with copies of the records. */
  load(companyId: string, table: string, records: readonly JsonObject[]): void {
    this.#companyTables(companyId).set(
      table,
      records.map((record) => assignOwn({}, record)),
    );
  }

  /** The records matching the filter, or undefined when the table does not exist. */
  query(companyId: string, table: string, filter: JsonObject): JsonObject[] | undefined {
    const records = this.#tables.get(companyId)?.get(table);
    return records?.filter((record) => matchesFilter(filter, (column) => ownValue(record, column)));
  }

  /**
   * Updates every record matching the filter with `update` (the first one only with `firstOnly`);
   * when none matches, inserts `{...filter, ...update}`. Creates the table if needed.
   * (assumption:upsert-updates-all-matches, assumption:upsert-insert-merges-filter)
   */
  upsert(
    companyId: string,
    table: string,
    filter: JsonObject,
    update: JsonObject,
    firstOnly = false,
  ): UpsertCounts {
    const tables = this.#companyTables(companyId);
    const records = tables.get(table) ?? [];
    tables.set(table, records);
    const matching = records.filter((record) =>
      matchesFilter(filter, (column) => ownValue(record, column)),
    );
    if (matching.length === 0) {
      records.push(assignOwn({}, filter, update));
      return { inserted: 1, updated: 0 };
    }
    const updated = firstOnly ? matching.slice(0, 1) : matching;
    for (const record of updated) assignOwn(record, update);
    return { inserted: 0, updated: updated.length };
  }

  /** Deletes the matching records; returns how many, or undefined when the table does not exist. */
  delete(companyId: string, table: string, filter: JsonObject): number | undefined {
    const tables = this.#tables.get(companyId);
    const records = tables?.get(table);
    if (tables === undefined || records === undefined) return undefined;
    const kept = records.filter(
      (record) => !matchesFilter(filter, (column) => ownValue(record, column)),
    );
    tables.set(table, kept);
    return records.length - kept.length;
  }

  /** Appends a copy of `record` (creating the table if needed); returns its index. */
  insert(companyId: string, table: string, record: JsonObject): number {
    const tables = this.#companyTables(companyId);
    const records = tables.get(table) ?? [];
    tables.set(table, records);
    return records.push(assignOwn({}, record)) - 1;
  }

  /**
   * Deletes exactly the record at `index` when it still equals `expected` (a filter would also
   * delete every other record holding the same values). `changed`: it does not (the table changed
   * since it was read); `missing`: no such table.
   */
  deleteAt(
    companyId: string,
    table: string,
    index: number,
    expected: JsonObject,
  ): 'deleted' | 'changed' | 'missing' {
    const records = this.#tables.get(companyId)?.get(table);
    if (records === undefined) return 'missing';
    if (!jsonEquals(records[index], expected)) return 'changed';
    records.splice(index, 1);
    return 'deleted';
  }

  /** Every table of every company, in creation order (the records are the stored objects). */
  allTables(): { companyId: string; table: string; records: JsonObject[] }[] {
    return [...this.#tables].flatMap(([companyId, tables]) =>
      [...tables].map(([table, records]) => ({ companyId, table, records })),
    );
  }
}
