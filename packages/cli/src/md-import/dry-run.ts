// `md import --dry-run`: what the import would do, compared with the table as it is now. Reads
// the table once (one query), then the file; writes nothing.
import type { MasterDataTable } from '@blizwork/sdk';
import type { SourceRow } from './row-source.js';

/** The counts of a dry run. */
export interface DryRunCounts {
  insert: number;
  update: number;
  unchanged: number;
  rejected: number;
}

/** A row's identity: its key values (as text, since a CSV holds text). */
export const keyOf = (row: Record<string, unknown>, key: readonly string[]): string | undefined => {
  // Own members only: a key column named `constructor` is missing, not a function.
  const values = key.map((column) => (Object.hasOwn(row, column) ? row[column] : undefined));
  return values.some((value) => value === undefined || value === null || value === '')
    ? undefined
    : JSON.stringify(values.map((value) => String(value)));
};

const same = (a: unknown, b: unknown): boolean =>
  typeof a === 'object' || typeof b === 'object'
    ? JSON.stringify(a) === JSON.stringify(b)
    : String(a) === String(b); // eslint-disable-line @typescript-eslint/no-base-to-string -- objects compared as JSON above

/** Counts what importing `rows` would do to `table`. */
export async function dryRun(
  table: MasterDataTable,
  rows: AsyncIterable<SourceRow>,
  key: readonly string[],
  onRow: (done: number) => void,
): Promise<DryRunCounts> {
  const current = new Map<string, Record<string, unknown>>();
  for (const record of await table.records({})) {
    const id = keyOf(record, key);
    if (id !== undefined) current.set(id, record);
  }
  const counts: DryRunCounts = { insert: 0, update: 0, unchanged: 0, rejected: 0 };
  let done = 0;
  for await (const source of rows) {
    onRow(++done);
    if (!('row' in source)) {
      counts.rejected++;
      continue;
    }
    const id = keyOf(source.row, key);
    if (id === undefined) {
      counts.rejected++;
      continue;
    }
    const existing = current.get(id);
    if (existing === undefined) counts.insert++;
    else if (
      Object.entries(source.row).every(
        ([column, value]) => Object.hasOwn(existing, column) && same(existing[column], value),
      )
    )
      counts.unchanged++;
    else counts.update++;
    // A later row with the same key meets this one, as it would in the table.
    current.set(id, { ...existing, ...source.row });
  }
  return counts;
}
