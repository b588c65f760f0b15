// The public shape of client-side pacing: the limiter interface (an in-memory token bucket here, a
// Redis-backed store in @blizwork/rate-limit-redis), the `rateLimit` option, and the plan table.
import type { PlanName } from '@blizwork/client';

/** A source of transaction slots shared by every call of a client (and of clients derived from it). */
export interface RateLimiter {
  /** Resolves when one transaction may be sent now; FIFO among this process's waiters. Rejects with the signal's reason if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The server refused a call with result code 200: slow down (adaptive). `retryAfterMs` when the reply gave one. */
  backOff?(retryAfterMs?: number): void;
}

// The plans are the spec's (`x-blizwork-plans`), generated into @blizwork/client: one definition
// for the SDK, the emulator and @blizwork/rate-limit-redis.
export { PLAN_TRANSACTIONS_PER_SECOND, PLANS } from '@blizwork/client';
export type { PlanFacts, PlanName } from '@blizwork/client';

/**
 * How a client paces its calls (the `rateLimit` option): a rate, a named plan (paced to its
 * `PLANS[plan].pacingTransactionsPerSecond`; `corporativo` is not paced,
 * assumption:corporativo-no-pacing), or a limiter shared with other clients or processes.
 */
export type RateLimitOption =
  { transactionsPerSecond: number } | { plan: PlanName } | { limiter: RateLimiter };
