// The engine of the bulk helpers: bounded concurrency over any (async) iterable, pulling one item
// only when a worker is free, so a stream of any length runs in flat memory.
import { optionKeysOf } from '../../internal/options/option-keys.js';
import type {
  BulkFailure,
  BulkItemOutcome,
  BulkItems,
  BulkOptions,
  BulkReport,
} from './bulk-types.js';

/** The default number of calls a bulk helper runs at once. */
export const DEFAULT_BULK_CONCURRENCY = 4;
const MAX_CONCURRENCY = 256;

/** The keys of {@link BulkOptions}: the options of `deleteMany` and `startCases`. */
export const BULK_OPTION_KEYS = /* @__PURE__ */ optionKeysOf<BulkOptions>()([
  'signal',
  'concurrency',
  'stopOnError',
  'onProgress',
  'onItem',
  'total',
] as const);

function checkOptions<I>(options: BulkOptions<I>): number {
  const { concurrency = DEFAULT_BULK_CONCURRENCY, total, onProgress, onItem } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new TypeError(
      `BlizWork: concurrency must be an integer from 1 to ${MAX_CONCURRENCY} (got ${String(concurrency)})`,
    );
  }
  if (total !== undefined && !(Number.isInteger(total) && total >= 0)) {
    throw new TypeError(`BlizWork: total must be an integer >= 0 (got ${String(total)})`);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError('BlizWork: onProgress must be a function');
  }
  if (onItem !== undefined && typeof onItem !== 'function') {
    throw new TypeError('BlizWork: onItem must be a function');
  }
  return concurrency;
}

/** One pull at a time from either kind of iterator (async iterators may not be pulled concurrently). */
function puller<I>(items: BulkItems<I>): () => Promise<IteratorResult<I>> {
  if (items === null || typeof items !== 'object') {
    throw new TypeError('BlizWork: items must be an array, an iterable or an async iterable');
  }
  const asyncSource = (items as AsyncIterable<I>)[Symbol.asyncIterator];
  const syncSource = (items as Iterable<I>)[Symbol.iterator];
  if (typeof asyncSource !== 'function' && typeof syncSource !== 'function') {
    throw new TypeError('BlizWork: items must be an array, an iterable or an async iterable');
  }
  const iterator: AsyncIterator<I> | Iterator<I> =
    typeof asyncSource === 'function' ? asyncSource.call(items) : syncSource.call(items);
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(() => iterator.next());
    last = next.catch(() => undefined);
    return next as Promise<IteratorResult<I>>;
  };
}

/**
 * Runs `work` on every item with at most `concurrency` calls at once and resolves the report: a
 * failed item never stops the others unless `stopOnError`; an aborted signal stops pulling and
 * the in-flight calls reject with BlizWorkAbortError (listed as failed). Rejects only for bad
 * options, an iterable that throws, or an exception from `onItem` or `onProgress`. Option keys
 * are the caller's to check (each helper knows its own extra keys). `settled` (the client's
 * instrumentation) hears of each item before `onItem`.
 */
export async function runBulk<I>(
  items: BulkItems<I>,
  work: (item: I, index: number) => Promise<unknown>,
  options: BulkOptions<I>,
  settled?: (ok: boolean) => void,
): Promise<BulkReport<I>> {
  const concurrency = checkOptions(options);
  const pull = puller(items);
  const { signal, stopOnError = false, onProgress, onItem } = options;
  const total = options.total ?? (Array.isArray(items) ? items.length : undefined);
  const started = performance.now();
  const failed: BulkFailure<I>[] = [];
  let attempted = 0;
  let succeeded = 0;
  let stopped = false;
  let fatal: { error: unknown } | undefined;

  const report = (): void => {
    if (!onProgress) return;
    const done = succeeded + failed.length;
    const seconds = (performance.now() - started) / 1000;
    const ratePerSecond = seconds > 0 ? done / seconds : 0;
    const etaMs =
      total !== undefined && ratePerSecond > 0
        ? Math.max(0, ((total - done) / ratePerSecond) * 1000)
        : undefined;
    onProgress({ done, succeeded, failed: failed.length, total, ratePerSecond, etaMs });
  };

  const worker = async (): Promise<void> => {
    while (!stopped && fatal === undefined) {
      if (signal?.aborted) {
        stopped = true;
        return;
      }
      let next: IteratorResult<I>;
      try {
        next = await pull();
      } catch (error) {
        fatal ??= { error }; // the source itself failed: nothing more can be read from it
        return;
      }
      if (next.done) return;
      const index = attempted++;
      let outcome: BulkItemOutcome<I>;
      try {
        await work(next.value, index);
        succeeded++;
        outcome = { index, item: next.value, ok: true };
      } catch (error) {
        const failure = { index, item: next.value, error: asError(error) };
        failed.push(failure);
        if (stopOnError) stopped = true;
        outcome = { ...failure, ok: false };
      }
      settled?.(outcome.ok);
      try {
        onItem?.(outcome);
        report();
      } catch (error) {
        fatal ??= { error };
      }
    }
  };

  await Promise.all(Array.from({ length: concurrency }, worker));
  if (fatal !== undefined) throw fatal.error;
  return {
    attempted,
    succeeded,
    failed,
    stopped,
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** Anything thrown becomes an Error (the SDK's calls throw only Errors; this is a safety net). */
const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error(String(error));
