/**
 * `@blizwork/rate-limit-redis`: one BlizWork plan budget shared, through Redis, by every process and
 * server working for a company.
 *
 * @module @blizwork/rate-limit-redis
 */
export { createRedisRateLimiter } from './redis-rate-limiter.js';
export type { RedisRateLimiterOptions } from './options.js';
export type { RateLimiter } from './rate-limiter.js';
export { PLAN_TRANSACTIONS_PER_SECOND, PLANS, type PlanName } from './plans.js';
export { RateLimitStoreError } from './rate-limit-store-error.js';
