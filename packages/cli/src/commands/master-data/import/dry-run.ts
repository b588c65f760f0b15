// `md import --dry-run`: what the import would do, compared with the table as it is now. Reads
// the table once (one query), then the file; writes nothing. Rejects are the ones the import
// would make before calling the API (unreadable rows, rows without a key value).
import type { MasterDataTable } from '@blizwork/sdk';
import type { Reject } from './rejects-file.js';
import { keyOf, keyProblem } from './row-key.js';
import { placeOf, type SourceRow } from './row-source.js';

/** How many rejects a dry run lists (all are counted). */
export const DRY_RUN_REJECTS_SHOWN = 50;

/** The counts of a dry run: read = insert + update + unchanged + rejected. */
export interface DryRunCounts {
  read: number;
  insert: number;
  update: number;
  unchanged: number;
  rejected: number;
}

/** A dry run's counts, and its first rejects (with lines, error and raw text). */
export interface DryRunResult extends DryRunCounts {
  rejects: Reject[];
}

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
): Promise<DryRunResult> {
  const current = new Map<string, Record<string, unknown>>();
  for (const record of await table.records({})) {
    const id = keyOf(record, key);
    if (id !== undefined) current.set(id, record);
  }
  const result: DryRunResult = {
    read: 0,
    insert: 0,
    update: 0,
    unchanged: 0,
    rejected: 0,
    rejects: [],
  };
  for await (const source of rows) {
    onRow(++result.read);
    const problem = 'error' in source ? source.error : keyProblem(source.row, key);
    if (problem !== undefined || !('row' in source)) {
      result.rejected++;
      if (result.rejects.length < DRY_RUN_REJECTS_SHOWN) {
        const row = 'row' in source ? { row: source.row } : {};
        result.rejects.push({ ...placeOf(source), error: problem!, ...row });
      }
      continue;
    }
    const { row } = source;
    const id = keyOf(row, key)!;
    const existing = current.get(id);
    if (existing === undefined) result.insert++;
    else if (
      Object.entries(row).every(
        ([column, value]) => Object.hasOwn(existing, column) && same(existing[column], value),
      )
    )
      result.unchanged++;
    else result.update++;
    // A later row with the same key meets this one, as it would in the table.
    current.set(id, { ...existing, ...row });
  }
  return result;
}
