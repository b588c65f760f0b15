// The in-memory limiter on fake timers: FIFO order, aborts, back-off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenBucketLimiter } from '../../src/index.js';

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
