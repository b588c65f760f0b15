import { resolveOptions, type RedisRateLimiterOptions } from './options.js';
import type { RateLimiter } from './rate-limiter.js';
import { earliestReleaseAt, markReleased, monotonicNow } from './release-gate.js';
import { SharedBudget } from './shared-budget.js';

/** One pending `acquire()`. */
interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
}

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** How long `backOff()` blocks the budget when the refusal gave no `retryAfterMs`. */
const DEFAULT_BACK_OFF_MS = 1000;

/** What the limiter takes its slots from: a {@link SharedBudget}, or a fake in unit tests. */
export type SlotSource = Pick<SharedBudget, 'key' | 'take' | 'block'>;

/**
 * A {@link RateLimiter} whose budget lives in Redis and is shared by every process and machine
 * using the same Redis, key prefix and company. Within this process, waiters are served one at a
 * time in FIFO order by a single loop, so this process holds at most one Redis request at a time.
 * Exported for the unit tests only (not from the package's entry point).
 */
export class RedisRateLimiter implements RateLimiter {
  readonly #budget: SlotSource;
  readonly #waiters: Waiter[] = [];
  #serving = false;
  /** Until when (epoch ms) this process holds back after a `backOff()`, whatever Redis says. */
  #pausedUntil = 0;

  constructor(budget: SlotSource) {
    this.#budget = budget;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- abort rejects with the signal's own reason, as fetch does
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = this.#waiters.indexOf(waiter);
        if (index !== -1) this.#waiters.splice(index, 1);
        reject(signal?.reason); // eslint-disable-line @typescript-eslint/prefer-promise-reject-errors -- the signal's own reason, as fetch does
      };
      const waiter: Waiter = {
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        reject: (reason) => {
          signal?.removeEventListener('abort', onAbort);
          reject(reason); // eslint-disable-line @typescript-eslint/prefer-promise-reject-errors -- passes on the budget's or the signal's reason unchanged
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
      void this.#serve();
    });
  }

  backOff(retryAfterMs?: number): void {
    const ms =
      typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs > 0
        ? retryAfterMs
        : DEFAULT_BACK_OFF_MS;
    this.#pausedUntil = Math.max(this.#pausedUntil, Date.now() + ms);
    // The block slows every process; if Redis is down the next acquire() reports it, so the
    // failure is dropped here (backOff cannot fail) and this process's own pause still applies.
    this.#budget.block(ms).catch(() => undefined);
  }

  /** The one loop that hands out slots, oldest waiter first, until nobody waits. */
  async #serve(): Promise<void> {
    if (this.#serving) return;
    this.#serving = true;
    try {
      while (this.#waiters.length > 0) await this.#serveOne();
    } finally {
      this.#serving = false;
    }
  }

  async #serveOne(): Promise<void> {
    const pauseMs = this.#pausedUntil - Date.now();
    if (pauseMs > 0) return sleep(pauseMs);
    // Redis counted the call no earlier than this: the window ends no earlier than this plus its
    // reported remaining life, however late this process reads the reply.
    const askedAt = monotonicNow();
    let answer;
    try {
      answer = await this.#budget.take();
    } catch (storeError) {
      this.#waiters.shift()?.reject(storeError);
      return;
    }
    if (!answer.granted) return sleep(answer.retryInMs);
    const windowEndsAt = askedAt + answer.windowEndsInMs;
    let releaseAt = monotonicNow() + answer.delayMs;
    // A busy event loop fires timers late and reads replies late: a slot planned evenly can come
    // due right next to another one. Release only at least the plan spacing after this process's
    // previous call on the budget, and only while the slot's window lasts; a slot whose window is
    // over (the next window's calls may already be out) is given up and a fresh one taken: a
    // wasted slot is the safe side of a plan limit.
    for (;;) {
      releaseAt = Math.max(releaseAt, earliestReleaseAt(this.#budget.key, answer.spacingMs));
      const now = monotonicNow();
      if (now >= windowEndsAt || releaseAt >= windowEndsAt) return;
      if (releaseAt <= now) break;
      await sleep(releaseAt - now);
    }
    markReleased(this.#budget.key);
    // The oldest waiter still waiting gets the slot (the one it was taken for may have aborted).
    this.#waiters.shift()?.resolve();
  }
}

/**
 * The limiter of a plan without a limit (Corporativo, "maximum capacity"): every slot at once,
 * nothing stored in Redis. A back-off has nothing to slow down (the SDK still backs off the call).
 */
const unlimitedLimiter = (): RateLimiter & Required<Pick<RateLimiter, 'backOff'>> => ({
  acquire: (signal?: AbortSignal) =>
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- abort rejects with the signal's own reason, as fetch does
    signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve(),
  backOff: () => undefined,
});

/**
 * Creates a limiter whose plan budget is shared, through Redis, by every process and machine that
 * works for the same company. Pass it to the SDK as `rateLimit: { limiter }`, or call
 * `await limiter.acquire()` before each BlizWork call yourself.
 *
 * The budget is rate-limiter-flexible's atomic Redis counter at `<keyPrefix>:<companyId>`, counted
 * in whole-second windows (0.5 tx/s: 1 call per 2 s), with each window's calls spread evenly so no
 * burst reaches the server. `backOff()` blocks the shared key, so every process slows down. Every
 * plan of the SDK's `PLANS` is accepted: `free` is paced like `basico` (see `PLANS.free`), and
 * `corporativo` ("maximum capacity") gets a limiter that never waits and never calls Redis.
 *
 * @throws TypeError for malformed options (the message says how to fix them).
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { createRedisRateLimiter } from '@blizwork/rate-limit-redis';
 *
 * const redis = new Redis(process.env.REDIS_URL!, { enableOfflineQueue: false });
 * const limiter = createRedisRateLimiter({ redis, companyId, plan: 'avanzado' });
 * await limiter.acquire(); // now one call may go out
 * ```
 */
export function createRedisRateLimiter(
  options: RedisRateLimiterOptions,
): RateLimiter & Required<Pick<RateLimiter, 'backOff'>> {
  const resolved = resolveOptions(options);
  if (resolved.transactionsPerSecond === Infinity) return unlimitedLimiter();
  return new RedisRateLimiter(new SharedBudget(resolved));
}
