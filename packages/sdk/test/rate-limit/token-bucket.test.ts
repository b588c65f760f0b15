// The in-memory limiter on fake timers: FIFO order, aborts, back-off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PACING_MARGIN,
  resolveRateLimit,
} from '../../src/internal/rate-limit/resolve-rate-limit.js';
import { PLANS, TokenBucketLimiter } from '../../src/index.node.js';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const bucket = (rate: number, burst = 1) => new TokenBucketLimiter(rate, burst, () => Date.now());

describe('TokenBucketLimiter', () => {
  it('grants waiters in the order they asked, one slot per interval', async () => {
    const limiter = bucket(10);
    const granted: number[] = [];
    const waits = [0, 1, 2, 3, 4].map((n) => limiter.acquire().then(() => granted.push(n)));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0]);
    await vi.advanceTimersByTimeAsync(101);
    expect(granted).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(400);
    await Promise.all(waits);
    expect(granted).toEqual([0, 1, 2, 3, 4]);
  });

  it('rejects an aborted waiter with the signal reason, and its slot goes to the next waiter', async () => {
    const limiter = bucket(1);
    await limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    const next = vi.fn();
    void limiter.acquire().then(next);
    controller.abort(new Error('left'));
    await expect(aborted).rejects.toThrow('left');
    await vi.advanceTimersByTimeAsync(1001);
    expect(next).toHaveBeenCalledOnce();
  });

  it('rejects at once for a signal that is already aborted', async () => {
    await expect(bucket(1).acquire(AbortSignal.abort('gone'))).rejects.toBe('gone');
  });

  it('halves its rate on backOff, waits out retryAfterMs, and recovers as slots are granted', async () => {
    const limiter = bucket(8);
    limiter.backOff(500);
    expect(limiter.currentRate).toBe(4);
    const granted = vi.fn();
    void limiter.acquire().then(granted);
    await vi.advanceTimersByTimeAsync(700);
    expect(granted).not.toHaveBeenCalled(); // 500 ms pause + 250 ms per slot at 4/s
    await vi.advanceTimersByTimeAsync(60);
    expect(granted).toHaveBeenCalledOnce();
    expect(limiter.currentRate).toBeGreaterThan(4);
  });

  it('never slows below 1/16 of its configured rate', () => {
    const limiter = bucket(16);
    for (let i = 0; i < 20; i++) limiter.backOff();
    expect(limiter.currentRate).toBe(1);
  });

  it.each([0, -1, Number.NaN, Infinity])('refuses rate %s with a TypeError', (rate) => {
    expect(() => bucket(rate)).toThrow(TypeError);
  });
});

describe('TokenBucketLimiter with a burst', () => {
  it('grants a queue of waiters several at a time when the burst allows', async () => {
    vi.useFakeTimers();
    const limiter = new TokenBucketLimiter(2000, 4, () => Date.now());
    for (let i = 0; i < 4; i++) await limiter.acquire();
    const granted = vi.fn();
    const waits = Array.from({ length: 8 }, () => limiter.acquire().then(granted));
    await vi.advanceTimersByTimeAsync(3);
    expect(granted.mock.calls.length).toBeGreaterThanOrEqual(4);
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all(waits);
    vi.useRealTimers();
  });
});

describe('the bucket a rateLimit option builds', () => {
  it('spaces calls evenly (burst 1) at plan rates', () => {
    const limiter = resolveRateLimit({ plan: 'empresa' }) as TokenBucketLimiter;
    expect([limiter.tryAcquire(), limiter.tryAcquire()]).toEqual([true, false]);
    expect(limiter.transactionsPerSecond).toBeCloseTo(50 * PACING_MARGIN);
  });

  it('paces the Free plan (documented at 0 tx/s, assumed callable up to its 10 cases) like Básico', () => {
    const limiter = resolveRateLimit({ plan: 'free' }) as TokenBucketLimiter;
    expect(limiter).toBeInstanceOf(TokenBucketLimiter);
    expect(limiter.transactionsPerSecond).toBeCloseTo(
      PLANS.basico.transactionsPerSecond * PACING_MARGIN,
    );
    expect(PLANS.free.pacingTransactionsPerSecond).toBe(PLANS.basico.transactionsPerSecond);
  });

  it('holds 2 ms worth of slots at high rates, so timers can keep up', () => {
    const limiter = resolveRateLimit({ transactionsPerSecond: 100_000 }) as TokenBucketLimiter;
    expect(Array.from({ length: 200 }, () => limiter.tryAcquire()).every(Boolean)).toBe(true);
  });
});

describe('TokenBucketLimiter under load', () => {
  it('keeps its pace when its timer fires late while calls wait', async () => {
    vi.useFakeTimers();
    let now = 0;
    const limiter = new TokenBucketLimiter(10, 1, () => now);
    await limiter.acquire();
    const granted: number[] = [];
    for (let i = 1; i <= 3; i++) void limiter.acquire().then(() => granted.push(i));
    // The first drain runs 60 ms late (a busy event loop): at 100 ms per slot, the second slot
    // is still due at 200 ms, not at 260 ms.
    now = 160;
    await vi.advanceTimersByTimeAsync(160);
    expect(granted).toEqual([1]);
    now = 201;
    await vi.advanceTimersByTimeAsync(41);
    expect(granted).toEqual([1, 2]);
    vi.useRealTimers();
  });
});
