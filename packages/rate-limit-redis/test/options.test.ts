import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { PLANS, createRedisRateLimiter, type RedisRateLimiterOptions } from '../src/index.js';
import { resolveOptions } from '../src/options.js';

// Never connected: option checks happen before any Redis command.
const redis = new Redis({ lazyConnect: true });
afterAll(() => redis.disconnect());

const base = { redis, companyId: 'c1', transactionsPerSecond: 5 };

describe('createRedisRateLimiter options', () => {
  it.each<[string, Partial<RedisRateLimiterOptions>, RegExp]>([
    ['a missing rate', { transactionsPerSecond: undefined }, /transactionsPerSecond must be/],
    ['a zero rate (the Free plan)', { transactionsPerSecond: 0 }, /Free/],
    ['a negative rate', { transactionsPerSecond: -1 }, /above 0/],
    ['an infinite rate', { transactionsPerSecond: Infinity }, /finite/],
    ['a rate and a plan together', { plan: 'medio' }, /either transactionsPerSecond or plan/],
    ['an empty company id', { companyId: ' ' }, /companyId must be a non-empty string/],
    ['an empty key prefix', { keyPrefix: '' }, /keyPrefix/],
    ['an unknown onRedisError', { onRedisError: 'ignore' as never }, /'error' or 'local'/],
    [
      'a local rate without the local fallback',
      { localTransactionsPerSecond: 1 },
      /needs onRedisError/,
    ],
    [
      'a local rate above the plan',
      { onRedisError: 'local', localTransactionsPerSecond: 6 },
      /at most the plan rate 5/,
    ],
    ['no ioredis client', { redis: {} as never }, /ioredis client/],
  ])('rejects %s with a TypeError that says what to give', (_case, override, message) => {
    expect(() => createRedisRateLimiter({ ...base, ...override })).toThrow(
      expect.objectContaining({ name: 'TypeError', message: expect.stringMatching(message) }),
    );
  });

  it('rejects an unknown plan and lists the known ones', () => {
    expect(() => createRedisRateLimiter({ redis, companyId: 'c1', plan: 'gold' as never })).toThrow(
      /Unknown plan "gold": use one of free, basico, medio, avanzado, empresa, corporativo/,
    );
  });

  it("paces the Free plan at its pacing rate (Básico's), not at its documented 0", () => {
    expect(resolveOptions({ redis, companyId: 'c1', plan: 'free' }).transactionsPerSecond).toBe(
      PLANS.basico.transactionsPerSecond,
    );
  });

  it('gives Corporativo ("maximum capacity") a limiter that never waits and never calls Redis', async () => {
    const limiter = createRedisRateLimiter({ redis, companyId: 'c1', plan: 'corporativo' });
    await Promise.all(Array.from({ length: 100 }, () => limiter.acquire()));
    limiter.backOff(1000);
    await limiter.acquire();
    expect(redis.status).toBe('wait'); // lazyConnect: still never connected
    const aborted = AbortSignal.abort(new Error('gone'));
    await expect(limiter.acquire(aborted)).rejects.toThrow('gone');
  });

  it('accepts a named plan instead of a rate', () => {
    expect(() => createRedisRateLimiter({ redis, companyId: 'c1', plan: 'basico' })).not.toThrow();
  });
});
