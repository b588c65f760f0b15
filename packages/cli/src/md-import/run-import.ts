// The import proper: rows are read in chunks and each chunk streams into the SDK's upsertMany
// (bounded concurrency, paced by the client's plan limit). After a chunk settles, its failed rows
// are in the rejects file and the journal records its last line, so a killed import resumes after
// the last settled chunk: rows of the chunk under way at the kill are sent again, which an upsert
// by key makes harmless (no duplicate, same final table).
import type { MasterDataTable } from '@blizwork/sdk';
import type { ImportJournal } from './journal.js';
import type { Reject, RejectsFile } from './rejects-file.js';
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
  chunkSize: number;
  journal: ImportJournal;
  rejects: RejectsFile;
  /** Called with the rows settled so far (this run plus skipped ones). */
  onProgress: (settled: number) => void;
}

type ReadRow = { line: number; row: Record<string, unknown> };

async function sendChunk(
  plan: ImportPlan,
  chunk: ReadRow[],
  counts: ImportCounts,
  settledBefore: number,
): Promise<void> {
  const report = await plan.table.upsertMany(
    chunk.map(({ row }) => row),
    {
      key: plan.key,
      concurrency: plan.concurrency,
      onProgress: ({ done }) => plan.onProgress(settledBefore + done),
    },
  );
  for (const { index, error } of report.failed) {
    const { line, row } = chunk[index]!;
    await plan.rejects.add({ line, error: error.message.replace(/^BlizWork: /, ''), row });
  }
  counts.upserted += report.succeeded;
  counts.rejected += report.failed.length;
}

/** Imports `rows`, skipping what the journal says is done. */
export async function runImport(
  rows: AsyncIterable<SourceRow>,
  plan: ImportPlan,
): Promise<ImportCounts> {
  const counts: ImportCounts = { upserted: 0, rejected: 0, skipped: 0 };
  const resumeAfter = plan.journal.doneThrough;
  let chunk: ReadRow[] = [];
  // Malformed rows of the chunk: written with the chunk's refused rows, once it settles, so a
  // resumed import does not list them twice.
  let unreadable: Reject[] = [];
  let lastLine = resumeAfter;
  let settled = 0;
  const flush = async () => {
    if (chunk.length > 0) await sendChunk(plan, chunk, counts, settled);
    for (const reject of unreadable) await plan.rejects.add(reject);
    counts.rejected += unreadable.length;
    settled += chunk.length + unreadable.length;
    chunk = [];
    unreadable = [];
    if (lastLine > plan.journal.doneThrough) await plan.journal.settle(lastLine);
    plan.onProgress(settled);
  };
  for await (const source of rows) {
    if (source.line <= resumeAfter) {
      counts.skipped++;
      settled++;
      continue;
    }
    lastLine = source.line;
    if ('row' in source) {
      chunk.push(source);
    } else {
      unreadable.push({
        line: source.line,
        error: source.error,
        ...(source.raw === undefined ? {} : { raw: source.raw }),
      });
    }
    if (chunk.length + unreadable.length >= plan.chunkSize) await flush();
  }
  await flush();
  return counts;
}
