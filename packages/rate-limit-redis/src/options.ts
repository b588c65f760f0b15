import type { Redis } from 'ioredis';
import { PLANS, type PlanName } from './plans.js';

/** Options of {@link createRedisRateLimiter}. Give exactly one of `transactionsPerSecond` and `plan`. */
export interface RedisRateLimiterOptions {
  /**
   * A connected `ioredis` client. Create it with `enableOfflineQueue: false` so that an outage
   * fails fast instead of queueing commands while ioredis reconnects (see the README).
   */
  redis: Redis;
  /** The company whose plan is shared: every limiter with the same `companyId` shares one budget. */
  companyId: string;
  /** The company's plan limit in transactions per second (fractions allowed: `0.5` is one call every 2 s). */
  transactionsPerSecond?: number;
  /**
   * The company's plan, instead of `transactionsPerSecond`: its pacing rate (`PLANS[plan]`;
   * the Free plan is paced like Básico). `corporativo` ("maximum capacity") needs no budget: the
   * limiter grants every slot at once and never calls Redis.
   */
  plan?: PlanName;
  /**
   * Prefix of the Redis key; the budget lives at `<keyPrefix>:<companyId>`.
   * @default 'blizwork:rate'
   */
  keyPrefix?: string;
  /**
   * What `acquire()` does when Redis cannot be reached:
   * - `'error'`: reject with a `RateLimitStoreError` (its `cause` is the Redis error); nothing is sent.
   * - `'local'`: take the slot from an in-process budget of `localTransactionsPerSecond` instead,
   *   until Redis answers again. Each process gets its own local budget, so N processes send up to
   *   N × `localTransactionsPerSecond` together: choose it as the plan rate divided by your process count.
   * @default 'error'
   */
  onRedisError?: 'error' | 'local';
  /**
   * The in-process rate used while Redis is unreachable with `onRedisError: 'local'`; at most the
   * plan rate.
   * @default a quarter of the plan rate
   */
  localTransactionsPerSecond?: number;
}

/** Options after validation, with the defaults filled in. */
export interface ResolvedOptions {
  readonly redis: Redis;
  readonly companyId: string;
  /** `Infinity` for a plan without a limit (corporativo): nothing to share. */
  readonly transactionsPerSecond: number;
  readonly keyPrefix: string;
  /** Undefined when `onRedisError` is `'error'`. */
  readonly localTransactionsPerSecond: number | undefined;
}

const DEFAULT_KEY_PREFIX = 'blizwork:rate';
const LOCAL_SHARE_OF_PLAN = 0.25;

const isPositiveRate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;

function resolveRate(options: RedisRateLimiterOptions): number {
  const { transactionsPerSecond, plan } = options;
  if (transactionsPerSecond !== undefined && plan !== undefined) {
    throw new TypeError('Give either transactionsPerSecond or plan, not both.');
  }
  if (plan !== undefined) {
    if (typeof plan !== 'string' || !Object.hasOwn(PLANS, plan)) {
      throw new TypeError(
        `Unknown plan ${JSON.stringify(plan)}: use one of ${Object.keys(PLANS).join(', ')}, ` +
          'or give transactionsPerSecond.',
      );
    }
    return PLANS[plan].pacingTransactionsPerSecond;
  }
  if (!isPositiveRate(transactionsPerSecond)) {
    throw new TypeError(
      `transactionsPerSecond must be a finite number above 0 (got ${String(transactionsPerSecond)}); ` +
        "for the Free plan (documented at 0) give plan: 'free', for Corporativo plan: 'corporativo'.",
    );
  }
  return transactionsPerSecond;
}

function resolveLocalRate(options: RedisRateLimiterOptions, planRate: number): number | undefined {
  const { onRedisError = 'error', localTransactionsPerSecond } = options;
  if (onRedisError !== 'error' && onRedisError !== 'local') {
    throw new TypeError(`onRedisError must be 'error' or 'local' (got ${String(onRedisError)}).`);
  }
  if (onRedisError === 'error') {
    if (localTransactionsPerSecond !== undefined) {
      throw new TypeError("localTransactionsPerSecond needs onRedisError: 'local'.");
    }
    return undefined;
  }
  if (localTransactionsPerSecond === undefined) return planRate * LOCAL_SHARE_OF_PLAN;
  if (!isPositiveRate(localTransactionsPerSecond) || localTransactionsPerSecond > planRate) {
    throw new TypeError(
      `localTransactionsPerSecond must be above 0 and at most the plan rate ${planRate} ` +
        `(got ${String(localTransactionsPerSecond)}).`,
    );
  }
  return localTransactionsPerSecond;
}

/** Validates the options once, with a `TypeError` that says how to fix each mistake. */
export function resolveOptions(options: RedisRateLimiterOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('createRedisRateLimiter needs an options object.');
  }
  const { redis, companyId, keyPrefix = DEFAULT_KEY_PREFIX } = options;
  if (typeof redis !== 'object' || redis === null || typeof redis.defineCommand !== 'function') {
    throw new TypeError(
      'redis must be an ioredis client (new Redis(...) from the ioredis package).',
    );
  }
  if (typeof companyId !== 'string' || companyId.trim() === '') {
    throw new TypeError('companyId must be a non-empty string (the BlizWork company id).');
  }
  if (typeof keyPrefix !== 'string' || keyPrefix === '') {
    throw new TypeError('keyPrefix must be a non-empty string.');
  }
  const transactionsPerSecond = resolveRate(options);
  return {
    redis,
    companyId,
    transactionsPerSecond,
    keyPrefix,
    localTransactionsPerSecond: resolveLocalRate(options, transactionsPerSecond),
  };
}
