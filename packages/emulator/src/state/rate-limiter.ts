interface Bucket {
  tokens: number;
  refilledAt: number;
}

/**
 * Transactions-per-second limit per company: a token bucket holding up to max(1, limit) calls and
 * refilled at `limit` per second, so 0.5 allows one call every two seconds and 0 allows none.
 */
export class RateLimiter {
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
