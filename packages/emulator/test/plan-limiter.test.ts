import { describe, expect, it } from 'vitest';
import { PlanLimiter } from '../src/state/plan-limiter.js';

/** A limiter on a hand-driven clock (milliseconds). */
const limiterAt = () => {
  let now = 0;
  const limiter = new PlanLimiter(() => now);
  return { limiter, advance: (ms: number) => (now += ms) };
};

describe('PlanLimiter', () => {
  it('allows every call when no limit is set', () => {
    const { limiter } = limiterAt();
    expect(Array.from({ length: 1000 }, () => limiter.take('c', undefined)).every(Boolean)).toBe(
      true,
    );
  });

  it('allows one call every two seconds when the limit is 0.5', () => {
    const { limiter, advance } = limiterAt();
    expect(limiter.take('c', 0.5)).toBe(true);
    advance(1999);
    expect(limiter.take('c', 0.5)).toBe(false);
    advance(1);
    expect(limiter.take('c', 0.5)).toBe(true);
  });

  it('allows a burst of `limit` calls, then refills at `limit` per second, when the limit is 50', () => {
    const { limiter, advance } = limiterAt();
    const burst = Array.from({ length: 51 }, () => limiter.take('c', 50));
    expect(burst.filter(Boolean)).toHaveLength(50);
    advance(100);
    expect(Array.from({ length: 6 }, () => limiter.take('c', 50)).filter(Boolean)).toHaveLength(5);
  });

  it('refuses every call when the limit is 0 (the Free plan)', () => {
    const { limiter, advance } = limiterAt();
    advance(60_000);
    expect(limiter.take('c', 0)).toBe(false);
  });

  it('counts each company apart', () => {
    const { limiter } = limiterAt();
    expect([limiter.take('a', 1), limiter.take('b', 1), limiter.take('a', 1)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
