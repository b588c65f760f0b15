// `Process.casesWithDetails`: the case list, then one getCase per summary, a few at a time,
// yielded in list order.
import type { CaseSummary } from '../../types.js';
import { DEFAULT_BULK_CONCURRENCY } from './run-bulk.js';

/**
 * Yields `read(summary)` for every summary in order, with at most `concurrency` reads running.
 * Summaries without a case number are skipped; `onListed` gets the number of the others before
 * the first read. The first failed read is thrown (after the reads already under way settle),
 * ending the iteration.
 */
export async function* readInOrder<T>(
  summaries: readonly CaseSummary[],
  read: (caseNumber: number) => Promise<T>,
  concurrency = DEFAULT_BULK_CONCURRENCY,
  onListed?: (count: number) => void,
): AsyncGenerator<T, void, undefined> {
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
    throw new TypeError(
      `BlizWork: concurrency must be an integer from 1 to 256 (got ${String(concurrency)})`,
    );
  }
  const numbers = summaries
    .map((summary) => summary.caseNumber)
    .filter((n): n is number => Number.isInteger(n));
  onListed?.(numbers.length);
  const window: Promise<T>[] = [];
  let next = 0;
  const fill = () => {
    while (window.length < concurrency && next < numbers.length) {
      const pending = read(numbers[next++]!);
      pending.catch(() => undefined); // handled when its turn comes; never an unhandled rejection
      window.push(pending);
    }
  };
  try {
    fill();
    while (window.length > 0) {
      const value = await window.shift()!;
      fill();
      yield value;
    }
  } finally {
    await Promise.allSettled(window); // a failure or an early `break`: let the reads under way end
  }
}
