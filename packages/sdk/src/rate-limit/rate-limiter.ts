// The public shape of client-side pacing: the limiter interface (an in-memory token bucket here, a
// Redis-backed store in @blizwork/rate-limit-redis), the `rateLimit` option, and the plan table.

/** A source of transaction slots shared by every call of a client (and of clients derived from it). */
export interface RateLimiter {
  /** Resolves when one transaction may be sent now; FIFO among this process's waiters. Rejects with the signal's reason if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The server refused a call with result code 200: slow down (adaptive). `retryAfterMs` when the reply gave one. */
  backOff?(retryAfterMs?: number): void;
}

/** The BlizWork plans, by the names the documentation uses (without accents). */
export type PlanName = 'free' | 'basico' | 'medio' | 'avanzado' | 'empresa' | 'corporativo';

/**
 * The documented transactions-per-second limit of each plan. `corporativo` is documented as
 * "maximum capacity": no limit (assumption:corporativo-no-pacing). `free` is documented as 0: every
 * call refused.
 */
export const PLAN_TRANSACTIONS_PER_SECOND: Readonly<Record<PlanName, number>> =
  /* @__PURE__ */ Object.freeze({
    free: 0,
    basico: 0.5,
    medio: 1,
    avanzado: 5,
    empresa: 50,
    corporativo: Infinity,
  });

/**
 * How a client paces its calls (the `rateLimit` option): a rate, a named plan (see
 * {@link PLAN_TRANSACTIONS_PER_SECOND}), or a limiter shared with other clients or processes.
 */
export type RateLimitOption =
  { transactionsPerSecond: number } | { plan: PlanName } | { limiter: RateLimiter };
