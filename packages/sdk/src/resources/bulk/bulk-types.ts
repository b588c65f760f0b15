// The public shapes of the bulk helpers: their options, progress and report.
import type { CallOptions } from '../../types.js';

/** Items a bulk helper works through: an array, or any iterable or async iterable (a CSV stream). */
export type BulkItems<I> = Iterable<I> | AsyncIterable<I>;

/**
 * Options every bulk helper takes. `I` is the item type, for {@link BulkOptions.onItem}
 * (`unknown` when the helper does not say).
 */
export interface BulkOptions<I = unknown> extends CallOptions {
  /** How many calls run at once; items are pulled from the source only as calls finish. @default 4 */
  concurrency?: number;
  /** Stop pulling new items after the first failure (calls under way still finish). @default false */
  stopOnError?: boolean;
  /** Called after each item with the counts so far. An exception it throws stops the run and rejects it. */
  onProgress?: (progress: BulkProgress) => void;
  /**
   * Called once per item as soon as it settles (before `onProgress`), with its index in the
   * source and whether it succeeded: the hook for a checkpoint that must know exactly which items
   * are done (an import journal), since items settle out of order under concurrency. Items never
   * pulled (after a stop or abort) are never reported. An exception it throws stops the run and
   * rejects it, like `onProgress`.
   *
   * @example
   * await table.upsertMany(rows, { key: 'sku', onItem: ({ index, ok }) => ok && journal.add(index) });
   */
  onItem?: (outcome: BulkItemOutcome<I>) => void;
  /** The number of items, for `progress.total` and the ETA when the source is not an array. */
  total?: number;
}

/** How far a bulk run has got. */
export interface BulkProgress {
  /** Items finished, successfully or not. */
  done: number;
  /** How many items succeeded so far. */
  succeeded: number;
  /** How many items failed so far. */
  failed: number;
  /** The number of items, when known (an array's length, or `options.total`). */
  total: number | undefined;
  /** Items finished per second since the start. */
  ratePerSecond: number;
  /** Estimated milliseconds to the end, when the total is known. */
  etaMs: number | undefined;
}

/** How one item of a bulk run settled: reported to {@link BulkOptions.onItem}. */
export type BulkItemOutcome<I> =
  | { index: number; item: I; ok: true }
  | {
      index: number;
      item: I;
      ok: false;
      /** A `BlizWorkError` for a failed call, a `TypeError` for an item the helper cannot send. */
      error: Error;
    };

/** One item that failed: its position in the source, the item, and the typed error. */
export interface BulkFailure<I> {
  /** The item's position in the input (0-based). */
  index: number;
  /** The input item that failed. */
  item: I;
  /** A `BlizWorkError` for a failed call, a `TypeError` for an item the helper cannot send. */
  error: Error;
}

/** What a bulk run did. Items from index `attempted` on were never tried (after a stop or abort). */
export interface BulkReport<I> {
  /** How many items were pulled from the source and sent (or refused before sending). */
  attempted: number;
  /** How many items succeeded. */
  succeeded: number;
  /** Every failed item, in the order they failed. */
  failed: BulkFailure<I>[];
  /** True when the run stopped early: `stopOnError` after a failure, or the signal aborted. */
  stopped: boolean;
  /** Milliseconds the run took. */
  elapsedMs: number;
}
