import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisRateLimiter, type RedisRateLimiterOptions } from '../src/index.js';

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
    expect(() =>
      createRedisRateLimiter({ redis, companyId: 'c1', plan: 'corporativo' as never }),
    ).toThrow(/Unknown plan "corporativo": use one of basico, medio, avanzado, empresa/);
  });

  it('accepts a named plan instead of a rate', () => {
    expect(() => createRedisRateLimiter({ redis, companyId: 'c1', plan: 'basico' })).not.toThrow();
  });
});
