// The import proper: rows stream into the SDK's upsertMany (bounded concurrency, paced by the
// client's plan limit), and each row is journaled the moment it settles (the SDK's `onItem`): a
// success once its reply is in, a failure once its reject is on disk. A killed import resumes by
// skipping exactly the journaled rows; only the rows in flight at the kill (sent, reply not yet
// handled) are sent again, which an upsert by key makes harmless (no duplicate, same final table).
import type { BulkItemOutcome, MasterDataTable } from '@blizwork/sdk';
import type { ImportJournal } from './journal.js';
import type { Reject, RejectsFile } from './rejects-file.js';
import { keyProblem } from './row-key.js';
import { placeOf, type RowPlace, type SourceRow } from './row-source.js';

/** What an import did. Every row read is counted once: read = upserted + rejected + skipped. */
export interface ImportCounts {
  /** Rows read from the file (blank lines are not rows; a CSV row may span lines). */
  read: number;
  /** Rows upserted in this run. */
  upserted: number;
  /** Rows rejected in this run (malformed, without a key value, or refused by the API). */
  rejected: number;
  /** Rows skipped because the journal says an earlier run settled them. */
  skipped: number;
}

/** How to run an import. */
export interface ImportPlan {
  table: MasterDataTable;
  key: string[];
  concurrency: number;
  journal: ImportJournal;
  rejects: RejectsFile;
  /** Called with the rows settled so far (this run plus skipped ones). */
  onProgress: (settled: number) => void;
}

type Row = Record<string, unknown>;

/** Imports `rows`, skipping what the journal says is done. */
export async function runImport(
  rows: AsyncIterable<SourceRow>,
  plan: ImportPlan,
): Promise<ImportCounts> {
  const { journal, rejects } = plan;
  const counts: ImportCounts = { read: 0, upserted: 0, rejected: 0, skipped: 0 };
  // Where each row handed to the SDK and not settled yet is in the file (at most `concurrency`).
  const inFlight = new Map<Row, RowPlace>();
  const progress = () => plan.onProgress(counts.skipped + counts.upserted + counts.rejected);
  const reject = (entry: Reject): void => {
    rejects.add(entry);
    journal.record(entry.line);
    counts.rejected++;
  };

  // The rows still to send; journaled rows are skipped and unusable ones rejected on the way.
  async function* pending(): AsyncGenerator<Row> {
    for await (const source of rows) {
      counts.read++;
      if (journal.done.has(source.line)) {
        counts.skipped++;
        continue;
      }
      const problem = 'error' in source ? source.error : keyProblem(source.row, plan.key);
      if (problem === undefined && 'row' in source) {
        inFlight.set(source.row, placeOf(source));
        yield source.row;
        continue;
      }
      // Never sent: unreadable, or no key value (the SDK would refuse it by its index, not line).
      reject({
        ...placeOf(source),
        error: problem!,
        ...('row' in source ? { row: source.row } : {}),
      });
      progress();
    }
  }

  const settle = (outcome: BulkItemOutcome<Row>): void => {
    const place = inFlight.get(outcome.item)!;
    inFlight.delete(outcome.item);
    if (outcome.ok) {
      counts.upserted++;
      journal.record(place.line);
    } else {
      const error = outcome.error.message.replace(/^BlizWork: /, '');
      reject({ ...place, error, row: outcome.item });
    }
  };

  try {
    await plan.table.upsertMany(pending(), {
      key: plan.key,
      concurrency: plan.concurrency,
      onItem: settle,
      onProgress: progress,
    });
  } finally {
    journal.sync();
  }
  progress();
  return counts;
}
