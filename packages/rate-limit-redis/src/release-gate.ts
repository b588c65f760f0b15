/**
 * When this process last released a call on each budget (by the budget's Redis key), on the
 * monotonic clock. Every limiter of the process on one key shares it, so two limiters (say two SDK
 * clients) whose slots come due together, because the event loop was busy or a Redis reply was
 * read late, still release their calls at least the plan spacing apart.
 */
const lastReleaseByKey = new Map<string, number>();

/** The monotonic clock the gate and the limiter measure in (ms). */
export const monotonicNow = (): number => performance.now();

/** The earliest moment a call on `key` may go out, `spacingMs` after the last one released. */
export function earliestReleaseAt(key: string, spacingMs: number): number {
  const last = lastReleaseByKey.get(key);
  return last === undefined ? -Infinity : last + spacingMs;
}

/** Records that a call on `key` went out now. */
export function markReleased(key: string): void {
  lastReleaseByKey.set(key, monotonicNow());
}
