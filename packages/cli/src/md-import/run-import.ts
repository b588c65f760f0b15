// The import proper: rows stream into the SDK's upsertMany (bounded concurrency, paced by the
// client's plan limit), and each row is journaled the moment it settles (the SDK's `onItem`): a
// success once its reply is in, a failure once its reject is on disk. A killed import resumes by
// skipping exactly the journaled rows; only the rows in flight at the kill (sent, reply not yet
// handled) are sent again, which an upsert by key makes harmless (no duplicate, same final table).
import type { BulkItemOutcome, MasterDataTable } from '@blizwork/sdk';
import type { ImportJournal } from './journal.js';
import type { RejectsFile } from './rejects-file.js';
import type { SourceRow } from './row-source.js';

/** What an import did. */
export interface ImportCounts {
  /** Rows upserted in this run. */
  upserted: number;
  /** Rows rejected in this run (malformed, or refused by the API). */
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
  const counts: ImportCounts = { upserted: 0, rejected: 0, skipped: 0 };
  // The file line of each row handed to the SDK and not settled yet (at most `concurrency`).
  const lineOf = new Map<Row, number>();
  const progress = () => plan.onProgress(counts.skipped + counts.upserted + counts.rejected);

  // The rows still to send; journaled rows are skipped and malformed ones rejected on the way.
  async function* pending(): AsyncGenerator<Row> {
    for await (const source of rows) {
      if (journal.done.has(source.line)) {
        counts.skipped++;
        continue;
      }
      if ('row' in source) {
        lineOf.set(source.row, source.line);
        yield source.row;
        continue;
      }
      rejects.add({
        line: source.line,
        error: source.error,
        ...(source.raw === undefined ? {} : { raw: source.raw }),
      });
      journal.record(source.line);
      counts.rejected++;
      progress();
    }
  }

  const settle = (outcome: BulkItemOutcome<Row>): void => {
    const line = lineOf.get(outcome.item)!;
    lineOf.delete(outcome.item);
    if (outcome.ok) {
      counts.upserted++;
    } else {
      const error = outcome.error.message.replace(/^BlizWork: /, '');
      rejects.add({ line, error, row: outcome.item });
      counts.rejected++;
    }
    journal.record(line);
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
