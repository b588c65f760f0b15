// Checks the `rateLimit` option and turns it into the limiter the transport waits on.
import { isRecord } from '../options/arguments.js';
import { PLANS, type PlanName, type RateLimiter } from '../../rate-limit/rate-limiter.js';
import { TokenBucketLimiter } from '../../rate-limit/token-bucket.js';

function fail(problem: string): never {
  throw new TypeError(`BlizWork: option "rateLimit" ${problem}`);
}

const SHAPES = `must be { transactionsPerSecond: number }, { plan: ${Object.keys(PLANS)
  .map((plan) => `"${plan}"`)
  .join(' | ')} } or { limiter: RateLimiter }`;

/**
 * The share of the given rate the in-memory bucket paces at. Calls leave evenly spaced but reach
 * the server with some jitter; at a plan of one call per second with no burst, a call that arrives
 * a few milliseconds early is refused. 2 % of slack (20 ms at one call per second) absorbs that
 * at a 2 % cost in throughput.
 */
export const PACING_MARGIN = 0.98;

function limiterFor(transactionsPerSecond: number, source: string): RateLimiter | undefined {
  if (transactionsPerSecond === Infinity) return undefined; // maximum capacity: nothing to pace
  if (transactionsPerSecond === 0) {
    return fail(
      `${source} allows 0 transactions per second, so BlizWork would refuse every call: name your plan ({ plan: 'free' } included), or pass { transactionsPerSecond } if your account allows more`,
    );
  }
  // Evenly spaced calls (burst 1) up to 500 tx/s; above, timers (1 ms at best) could not keep up
  // with one slot per wake-up, so the bucket holds 2 ms worth of slots.
  const burst = Math.max(1, Math.ceil(transactionsPerSecond / 500));
  return new TokenBucketLimiter(transactionsPerSecond * PACING_MARGIN, burst);
}

/**
 * The limiter for a `rateLimit` option value: `undefined` when the option is absent or means no
 * limit (`corporativo`). A plan is paced to its `pacingTransactionsPerSecond` (the spec's plans):
 * the Free plan, documented at 0 transactions per second but also as handling 10 cases, is assumed
 * to be callable (assumption:free-plan-callable) and is paced like Básico (if that is wrong, its calls are refused with code 200
 * before they run). Throws `TypeError` for a malformed value and for a zero rate, which would make
 * every call wait forever.
 */
export function resolveRateLimit(value: unknown): RateLimiter | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value) || Object.keys(value).length !== 1) return fail(SHAPES);
  if ('limiter' in value) {
    const { limiter } = value;
    const ok =
      isRecord(limiter) &&
      typeof limiter.acquire === 'function' &&
      (limiter.backOff === undefined || typeof limiter.backOff === 'function');
    return ok
      ? (limiter as unknown as RateLimiter)
      : fail('.limiter must have an acquire() method');
  }
  if ('plan' in value) {
    const { plan } = value;
    if (typeof plan !== 'string' || !Object.hasOwn(PLANS, plan)) {
      return fail(`.plan must be one of ${Object.keys(PLANS).join(', ')}`);
    }
    return limiterFor(PLANS[plan as PlanName].pacingTransactionsPerSecond, `the ${plan} plan`);
  }
  if ('transactionsPerSecond' in value) {
    const rate = value.transactionsPerSecond;
    if (typeof rate !== 'number' || Number.isNaN(rate) || rate < 0) {
      return fail('.transactionsPerSecond must be a number above 0 (Infinity: no limit)');
    }
    return limiterFor(rate, 'transactionsPerSecond 0');
  }
  return fail(SHAPES);
}
