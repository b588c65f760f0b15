// The in-memory limiter: a token bucket with a FIFO queue of waiters, one timer at most, and an
// adaptive rate (halved on each code-200 refusal, recovering step by step as slots are granted).
import type { RateLimiter } from './rate-limiter.js';

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/** The lowest fraction of the configured rate that back-offs can slow the bucket down to. */
const MIN_RATE_FRACTION = 1 / 16;
/** How much of the configured rate each granted slot wins back after a back-off. */
const RECOVERY_FRACTION = 1 / 20;

/**
 * A token bucket holding `burst` slots (default 1: calls evenly spaced), refilled at
 * `transactionsPerSecond`. Waiters are served in arrival order; an aborted waiter leaves the queue
 * without using a slot. Zero dependencies; one instance serves any number of clients of a process.
 */
export class TokenBucketLimiter implements RateLimiter {
  /** The configured rate, in transactions per second. */
  readonly transactionsPerSecond: number;
  readonly #burst: number;
  readonly #now: () => number;
  readonly #queue: Waiter[] = [];
  #rate: number;
  #tokens: number;
  #refilledAt: number;
  #pausedUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `now` is a millisecond clock, injectable for tests. */
  constructor(
    transactionsPerSecond: number,
    burst = 1,
    now: () => number = () => performance.now(),
  ) {
    if (!(transactionsPerSecond > 0 && Number.isFinite(transactionsPerSecond))) {
      throw new TypeError(
        `BlizWork: a token bucket needs a finite rate above 0 (got ${String(transactionsPerSecond)})`,
      );
    }
    if (!(Number.isInteger(burst) && burst >= 1)) {
      throw new TypeError(
        `BlizWork: a token bucket's burst must be an integer >= 1 (got ${String(burst)})`,
      );
    }
    this.transactionsPerSecond = transactionsPerSecond;
    this.#rate = transactionsPerSecond;
    this.#burst = burst;
    this.#now = now;
    this.#tokens = burst;
    this.#refilledAt = now();
  }

  /** The rate in force now: the configured one, or less after a back-off. */
  get currentRate(): number {
    return this.#rate;
  }

  /** Takes a slot now if one is free and nobody waits; false otherwise. The allocation-free fast path. */
  tryAcquire(): boolean {
    if (this.#queue.length > 0) return false;
    this.#refill();
    if (this.#tokens < 1) return false;
    this.#grant();
    return true;
  }

  /** {@inheritDoc RateLimiter.acquire} */
  acquire(signal?: AbortSignal): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- abort rejects with the signal's own reason, as fetch does
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.tryAcquire()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => this.#leave(waiter);
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#queue.push(waiter);
      this.#schedule();
    });
  }

  /**
   * The server refused a call with result code 200: halves the rate (not below 1/16 of the
   * configured one) and empties the bucket. The refused call did not run
   * (assumption:code-200-refused-before-running), so it only cost time.
   */
  backOff(retryAfterMs?: number): void {
    this.#refill();
    this.#rate = Math.max(this.#rate / 2, this.transactionsPerSecond * MIN_RATE_FRACTION);
    this.#tokens = Math.min(this.#tokens, 0);
    if (retryAfterMs !== undefined && retryAfterMs > 0) {
      this.#pausedUntil = Math.max(this.#pausedUntil, this.#now() + retryAfterMs);
    }
    this.#reschedule();
  }

  #refill(): void {
    const now = this.#now();
    const from = Math.max(this.#refilledAt, this.#pausedUntil);
    // While calls wait, a timer that fires late must not cost slots: what accrued meanwhile is
    // kept (up to one slot over the burst), so the pace holds under load. Idle, the burst caps it.
    const cap = this.#queue.length > 0 ? this.#burst + 1 : this.#burst;
    if (now > from) {
      this.#tokens = Math.min(cap, this.#tokens + ((now - from) / 1000) * this.#rate);
    }
    this.#refilledAt = Math.max(now, this.#refilledAt);
  }

  #grant(): void {
    this.#tokens -= 1;
    if (this.#rate < this.transactionsPerSecond) {
      this.#rate = Math.min(
        this.transactionsPerSecond,
        this.#rate + this.transactionsPerSecond * RECOVERY_FRACTION,
      );
    }
  }

  /** Serves waiters in order while slots are free, then arms one timer for the next slot. */
  #drain = (): void => {
    this.#timer = undefined;
    this.#refill();
    while (this.#queue.length > 0 && this.#tokens >= 1) {
      const waiter = this.#queue.shift()!;
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      this.#grant();
      waiter.resolve();
    }
    this.#schedule();
  };

  #schedule(): void {
    if (this.#timer !== undefined || this.#queue.length === 0) return;
    const pause = Math.max(0, this.#pausedUntil - this.#now());
    const refill = ((1 - this.#tokens) / this.#rate) * 1000;
    // +1 ms: a timer may fire a hair early, and a slot must be whole when the drain runs.
    this.#timer = setTimeout(this.#drain, Math.max(0, pause + refill) + 1);
  }

  #reschedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#schedule();
  }

  #leave(waiter: Waiter): void {
    const index = this.#queue.indexOf(waiter);
    if (index === -1) return;
    this.#queue.splice(index, 1);
    waiter.reject(waiter.signal?.reason);
    if (this.#queue.length === 0) this.#reschedule();
  }
}
