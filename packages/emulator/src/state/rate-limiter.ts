import { PLAN_LIMITS } from '../domain/terms.js';
import type { AssumptionSwitchValues } from '../emulator/assumptions.js';
import { ResultCodes } from '../result-codes.js';
import type { Refusal } from './case-rules.js';
import type { Company } from './directory.js';
import type { EmulatorState } from './emulator-state.js';

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

/** How many cases a company has, over all its processes and both environments. */
export function companyCaseCount(state: EmulatorState, companyId: string): number {
  return state.directory
    .processVersions()
    .filter((process) => process.companyId === companyId)
    .reduce(
      (total, process) =>
        total + state.cases.list(companyId, process.processId, process.environment).length,
      0,
    );
}

/**
 * The refusal of a new case when the company's plan caps its cases (the Free plan's 10) and the
 * cap is reached. Code 200: the documented code of the plan's limits (the docs name no other code
 * for the cap, so this choice is inferred).
 */
export function refuseOverCaseCap(state: EmulatorState, company: Company): Refusal | undefined {
  const { maxCases } = company;
  if (maxCases === undefined || companyCaseCount(state, company.companyId) < maxCases)
    return undefined;
  return {
    code: ResultCodes.transactionLimitExceeded,
    message: `plan case limit reached: the company's plan handles ${maxCases} cases`,
  };
}
