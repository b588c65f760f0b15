// The public shapes of the bulk helpers: their options, progress and report.
import type { CallOptions } from '../../types.js';

/** Items a bulk helper works through: an array, or any iterable or async iterable (a CSV stream). */
export type BulkItems<I> = Iterable<I> | AsyncIterable<I>;

/** Options every bulk helper takes. */
export interface BulkOptions extends CallOptions {
  /** How many calls run at once; items are pulled from the source only as calls finish. @default 4 */
  concurrency?: number;
  /** Stop pulling new items after the first failure (calls under way still finish). @default false */
  stopOnError?: boolean;
  /** Called after each item with the counts so far. An exception it throws stops the run and rejects it. */
  onProgress?: (progress: BulkProgress) => void;
  /** The number of items, for `progress.total` and the ETA when the source is not an array. */
  total?: number;
}

/** How far a bulk run has got. */
export interface BulkProgress {
  /** Items finished, successfully or not. */
  done: number;
  succeeded: number;
  failed: number;
  /** The number of items, when known (an array's length, or `options.total`). */
  total: number | undefined;
  /** Items finished per second since the start. */
  ratePerSecond: number;
  /** Estimated milliseconds to the end, when the total is known. */
  etaMs: number | undefined;
}

/** One item that failed: its position in the source, the item, and the typed error. */
export interface BulkFailure<I> {
  index: number;
  item: I;
  /** A `BlizWorkError` for a failed call, a `TypeError` for an item the helper cannot send. */
  error: Error;
}

/** What a bulk run did. Items from index `attempted` on were never tried (after a stop or abort). */
export interface BulkReport<I> {
  /** How many items were pulled from the source and sent (or refused before sending). */
  attempted: number;
  succeeded: number;
  /** Every failed item, in the order they failed. */
  failed: BulkFailure<I>[];
  /** True when the run stopped early: `stopOnError` after a failure, or the signal aborted. */
  stopped: boolean;
  /** Milliseconds the run took. */
  elapsedMs: number;
}
