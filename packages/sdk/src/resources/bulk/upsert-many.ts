// `MasterDataTable.upsertMany` and `deleteMany`: one upsert (or delete) per row, through runBulk.
import { isRecord } from '../../internal/options/arguments.js';
import { checkOptionKeys, optionKeysOf } from '../../internal/options/option-keys.js';
import type { CallOptions, Filter } from '../../types.js';
import type { BulkItems, BulkOptions, BulkReport } from './bulk-types.js';
import { BULK_OPTION_KEYS, runBulk } from './run-bulk.js';

/** Options of `MasterDataTable.upsertMany`. */
export interface UpsertManyOptions<R> extends BulkOptions<Partial<R>> {
  /** The column(s) whose values build each row's filter: the row's identity in the table. */
  key: (keyof R & string) | readonly (keyof R & string)[];
}

/** The single-row calls the bulk helpers use (a MasterDataTable). */
export interface RowWriter<R> {
  upsert(filter: Filter, update: Partial<R>, options?: CallOptions): Promise<unknown>;
  delete(filter: Filter, options?: CallOptions): Promise<unknown>;
}

function keyColumns(key: unknown): string[] {
  const columns = Array.isArray(key) ? (key as unknown[]) : [key];
  const ok =
    columns.length > 0 && columns.every((column) => typeof column === 'string' && column !== '');
  if (!ok) {
    throw new TypeError(
      'BlizWork: upsertMany needs { key }: the column name (or names) that identify a row, e.g. { key: "id" }',
    );
  }
  return columns as string[];
}

/** The filter of one row: its values in the key columns. TypeError when a row lacks one. */
function rowFilter(row: unknown, columns: readonly string[], index: number): Filter {
  if (!isRecord(row)) throw new TypeError(`BlizWork: row ${index} is not an object`);
  const filter = new Map<string, unknown>();
  for (const column of columns) {
    // Own values only: a key column named `constructor` or `toString` is not found on every row.
    const value = Object.hasOwn(row, column) ? row[column] : undefined;
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`BlizWork: row ${index} has no value in key column "${column}"`);
    }
    filter.set(column, value);
  }
  // Object.fromEntries defines own properties: a `__proto__` column is a filter member, not a prototype.
  return Object.fromEntries(filter);
}

const UPSERT_MANY_OPTION_KEYS = /* @__PURE__ */ optionKeysOf<UpsertManyOptions<unknown>>()([
  ...BULK_OPTION_KEYS,
  'key',
] as const);

/** Upserts every row, filtered on its key columns; see `MasterDataTable.upsertMany`. `settled`: see `runBulk`. */
export function upsertMany<R>(
  table: RowWriter<R>,
  rows: BulkItems<Partial<R>>,
  options: UpsertManyOptions<R>,
  settled?: (ok: boolean) => void,
): Promise<BulkReport<Partial<R>>> {
  checkOptionKeys('upsertMany', options, UPSERT_MANY_OPTION_KEYS);
  const columns = keyColumns(options?.key);
  const call = { signal: options.signal };
  return runBulk(
    rows,
    (row, index) => table.upsert(rowFilter(row, columns, index), row, call),
    options,
    settled,
  );
}

/** Deletes the records matching each filter; see `MasterDataTable.deleteMany`. */
export function deleteMany<R>(
  table: RowWriter<R>,
  filters: BulkItems<Filter>,
  options: BulkOptions<Filter> = {},
  settled?: (ok: boolean) => void,
): Promise<BulkReport<Filter>> {
  checkOptionKeys('deleteMany', options, BULK_OPTION_KEYS);
  const call = { signal: options.signal };
  return runBulk(filters, (filter) => table.delete(filter, call), options, settled);
}
