import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { ResolvedOptions } from './options.js';
import { RateLimitStoreError } from './rate-limit-store-error.js';
import {
  budgetWindow,
  slotSpacingMs,
  spreadDelayMs,
  windowGuardMs,
  type BudgetWindow,
} from './window.js';

/** The answer to one request for a slot. */
export type SlotAnswer =
  /**
   * The slot is taken; the call may go out after `delayMs` (its even place in the window), at least
   * `spacingMs` after the previous call, and only while its window lasts (`windowEndsInMs`, the
   * window's remaining life as the store reported it).
   */
  | {
      readonly granted: true;
      readonly delayMs: number;
      readonly spacingMs: number;
      readonly windowEndsInMs: number;
    }
  /** The window is full (or blocked by a back-off); ask again after `retryInMs`. */
  | { readonly granted: false; readonly retryInMs: number };

/** A rate-limiter-flexible limiter with the window its points are counted in. */
interface Counter {
  readonly limiter: RateLimiterAbstract;
  readonly window: BudgetWindow;
}

function answerFrom(outcome: RateLimiterRes, window: BudgetWindow, granted: boolean): SlotAnswer {
  if (granted) {
    return {
      granted: true,
      delayMs: spreadDelayMs(window, outcome.consumedPoints, outcome.msBeforeNext),
      spacingMs: slotSpacingMs(window),
      windowEndsInMs: outcome.msBeforeNext,
    };
  }
  return { granted: false, retryInMs: Math.max(0, outcome.msBeforeNext) + windowGuardMs(window) };
}

/** Consumes one point; a full window is an answer, anything else (a store error) is thrown. */
async function takeFrom(counter: Counter, key: string): Promise<SlotAnswer> {
  try {
    return answerFrom(await counter.limiter.consume(key), counter.window, true);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return answerFrom(rejection, counter.window, false);
    throw rejection;
  }
}

/**
 * One company's budget in Redis, counted by rate-limiter-flexible's atomic Redis limiter at
 * `<keyPrefix>:<companyId>`. Every process using the same key and rate shares it. With a local
 * fallback, a store error takes the slot from an in-process `RateLimiterMemory` instead.
 */
export class SharedBudget {
  /** The Redis key of the budget, `<keyPrefix>:<companyId>`: what every user of it shares. */
  readonly key: string;
  readonly #companyId: string;
  readonly #redis: Counter;
  readonly #local: Counter | undefined;

  /** @param options Validated limiter options. */
  constructor(options: ResolvedOptions) {
    this.#companyId = options.companyId;
    this.key = `${options.keyPrefix}:${options.companyId}`;
    const window = budgetWindow(options.transactionsPerSecond);
    this.#redis = {
      window,
      limiter: new RateLimiterRedis({
        storeClient: options.redis,
        keyPrefix: options.keyPrefix,
        points: window.points,
        duration: window.durationSeconds,
      }),
    };
    if (options.localTransactionsPerSecond !== undefined) {
      const localWindow = budgetWindow(options.localTransactionsPerSecond);
      this.#local = {
        window: localWindow,
        limiter: new RateLimiterMemory({
          keyPrefix: options.keyPrefix,
          points: localWindow.points,
          duration: localWindow.durationSeconds,
        }),
      };
    }
  }

  /** Asks for one slot. Rejects with `RateLimitStoreError` when Redis fails and there is no fallback. */
  async take(): Promise<SlotAnswer> {
    try {
      return await takeFrom(this.#redis, this.#companyId);
    } catch (storeError) {
      if (this.#local === undefined) throw new RateLimitStoreError(this.#companyId, storeError);
      return takeFrom(this.#local, this.#companyId);
    }
  }

  /**
   * Blocks the whole shared budget (every process) for at least `ms` and at least one window,
   * rounded up to whole seconds, the granularity of the Redis key's expiry. Rejects with `RateLimitStoreError` when Redis fails.
   */
  async block(ms: number): Promise<void> {
    // Never below one second: rate-limiter-flexible stores a shorter block without any expiry.
    // Never below one window either: a block replaces the window's count, and once it expires the
    // next slot opens a fresh window at once, so a 1 s block at 0.5 tx/s (a 2 s window) let a
    // call through 1 s after a refusal, itself refused again by a server counting 2 s.
    const atLeast = (window: BudgetWindow) =>
      Math.max(1, Math.ceil(ms / 1000), window.durationSeconds);
    try {
      await this.#redis.limiter.block(this.#companyId, atLeast(this.#redis.window));
    } catch (storeError) {
      if (this.#local === undefined) throw new RateLimitStoreError(this.#companyId, storeError);
      await this.#local.limiter.block(this.#companyId, atLeast(this.#local.window));
    }
  }
}
