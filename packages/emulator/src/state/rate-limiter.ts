import { ResultCodes } from '../result-codes.js';
import type { Refusal } from './case-rules.js';
import type { Company } from './directory.js';
import type { EmulatorState } from './emulator-state.js';

/** The BlizWork plans, by the names the documentation uses (without accents). */
export type PlanName = 'free' | 'basico' | 'medio' | 'avanzado' | 'empresa' | 'corporativo';

/** What a plan allows: transactions per second, and how many cases the company may have. */
export interface PlanLimits {
  readonly transactionsPerSecond: number;
  /** Undefined: no cap. */
  readonly maxCases: number | undefined;
}

/**
 * The documented limits of each plan (BlizWork docs, rate limits by plan): Free 0, Básico 0.5,
 * Medio 1, Avanzado 5, Empresa 50 transactions per second, Corporativo "maximum capacity"
 * (unlimited here). The Free plan "handles 10 cases, so the API fails from case #11 on".
 */
export const PLAN_LIMITS: Readonly<Record<PlanName, PlanLimits>> = Object.freeze({
  free: { transactionsPerSecond: 0, maxCases: 10 },
  basico: { transactionsPerSecond: 0.5, maxCases: undefined },
  medio: { transactionsPerSecond: 1, maxCases: undefined },
  avanzado: { transactionsPerSecond: 5, maxCases: undefined },
  empresa: { transactionsPerSecond: 50, maxCases: undefined },
  corporativo: { transactionsPerSecond: Infinity, maxCases: undefined },
});

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
