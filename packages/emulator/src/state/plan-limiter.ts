import { PLAN_LIMITS } from '../domain/terms.js';
import type { AssumptionSwitchValues } from '../domain/assumptions.js';
import type { Company } from './directory.js';

/**
 * The transactions-per-second limit of a company: its own rate (seed `transactionsPerSecond`),
 * else its plan's, else `fallback` (the emulator's `transactionsPerSecond` option). A plan
 * documented at 0 (Free) follows the `freePlan` switch: `case-cap` paces it like the plan it is
 * paced as (`pacingTransactionsPerSecond`; assumption:free-plan-callable), `no-calls` allows
 * nothing. Undefined: unlimited.
 */
export function companyRate(
  company: Company,
  freePlan: AssumptionSwitchValues['freePlan'],
  fallback: number | undefined,
): number | undefined {
  if (company.transactionsPerSecond !== undefined) return company.transactionsPerSecond;
  if (company.plan === undefined) return fallback;
  const plan = PLAN_LIMITS[company.plan];
  return freePlan === 'case-cap' ? plan.pacingTransactionsPerSecond : plan.transactionsPerSecond;
}

interface Bucket {
  tokens: number;
  refilledAt: number;
}

/**
 * The plans' transactions-per-second limit per company (server-side; not the SDK's client-side
 * `RateLimiter`): a token bucket holding up to max(1, limit) calls and
 * refilled at `limit` per second, so 0.5 allows one call every two seconds and 0 allows none.
 */
export class PlanLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** Takes one transaction for the company; false when its limit is exceeded. */
  take(companyId: string, limit: number | undefined): boolean {
    if (limit === undefined || limit === Infinity) return true;
    const capacity = Math.max(1, limit);
    const now = this.#now();
    const bucket = this.#buckets.get(companyId) ?? { tokens: capacity, refilledAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.refilledAt) / 1000) * limit);
    bucket.refilledAt = now;
    this.#buckets.set(companyId, bucket);
    if (limit === 0 || bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
