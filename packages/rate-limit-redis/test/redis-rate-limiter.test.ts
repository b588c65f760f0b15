import type { Redis } from 'ioredis';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRedisRateLimiter, RateLimitStoreError } from '../src/index.js';
import { connectRedis } from './helpers/redis-client.js';
import { startRedisServer, type RedisServer } from './helpers/redis-server.mjs';

let server: RedisServer;
let redis: Redis;
let companyCount = 0;
/** A company id no other test uses, so each test starts with an empty budget. */
const freshCompany = () => `company-${++companyCount}`;

beforeAll(async () => {
  server = await startRedisServer();
  redis = await connectRedis(server.port);
});
afterAll(async () => {
  redis.disconnect();
  await server.stop();
});

describe('createRedisRateLimiter against a real Redis', () => {
  it('serves waiters in FIFO order when they outnumber the window', async () => {
    const limiter = createRedisRateLimiter({
      redis,
      companyId: freshCompany(),
      transactionsPerSecond: 50,
    });
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, index) => limiter.acquire().then(() => order.push(index))),
    );
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps one budget per company at <keyPrefix>:<companyId>', async () => {
    const [a, b] = [freshCompany(), freshCompany()];
    await createRedisRateLimiter({ redis, companyId: a, transactionsPerSecond: 5 }).acquire();
    const other = createRedisRateLimiter({
      redis,
      companyId: b,
      plan: 'avanzado',
      keyPrefix: 'acme',
    });
    await other.acquire();
    await other.acquire();
    expect(await redis.get(`blizwork:rate:${a}`)).toBe('1');
    expect(await redis.get(`acme:${b}`)).toBe('2');
    expect(await redis.exists(`blizwork:rate:${b}`)).toBe(0);
  });

  it('counts 0.5 tx/s as one call per two-second window', async () => {
    const companyId = freshCompany();
    const limiter = createRedisRateLimiter({ redis, companyId, plan: 'basico' });
    await limiter.acquire();
    const key = `blizwork:rate:${companyId}`;
    expect(await redis.get(key)).toBe('1');
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(1000);
    expect(ttl).toBeLessThanOrEqual(2000);
  });

  it('rejects with the signal reason when aborted while waiting, and the next waiter still gets a slot', async () => {
    const companyId = freshCompany();
    const limiter = createRedisRateLimiter({ redis, companyId, transactionsPerSecond: 0.5 });
    await limiter.acquire(); // the window's only slot
    const controller = new AbortController();
    const reason = new Error('user gave up');
    const waiting = limiter.acquire(controller.signal);
    const next = limiter.acquire();
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    await next;
    // The aborted waiter took nothing: the new window holds exactly the next waiter's call.
    expect(await redis.get(`blizwork:rate:${companyId}`)).toBe('1');
  });

  it('rejects at once, taking nothing, when the signal is already aborted', async () => {
    const companyId = freshCompany();
    const limiter = createRedisRateLimiter({ redis, companyId, transactionsPerSecond: 5 });
    const reason = new Error('too late');
    await expect(limiter.acquire(AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(await redis.exists(`blizwork:rate:${companyId}`)).toBe(0);
  });

  it('backOff blocks the shared budget, so a second limiter (as in another process) waits for it too', async () => {
    const companyId = freshCompany();
    const here = createRedisRateLimiter({ redis, companyId, transactionsPerSecond: 50 });
    const elsewhere = createRedisRateLimiter({ redis, companyId, transactionsPerSecond: 50 });
    const key = `blizwork:rate:${companyId}`;
    here.backOff(1500);
    // rate-limiter-flexible blocks a key by setting it over the window's points.
    await vi.waitFor(async () => expect(await redis.get(key)).toBe('51'));
    expect(await redis.pttl(key)).toBeGreaterThan(1000);
    await elsewhere.acquire();
    // The slot came from a fresh window opened after the block expired.
    expect(await redis.get(key)).toBe('1');
  });

  it('backOff blocks for at least one window: at 0.5 tx/s the next slot comes 2 s after the refusal, not 1 s', async () => {
    const companyId = freshCompany();
    const limiter = createRedisRateLimiter({ redis, companyId, transactionsPerSecond: 0.5 });
    await limiter.acquire();
    // A refusal without Retry-After asks for 1 s; the server counts 0.5 tx/s in 2 s windows.
    const refusedAt = Date.now();
    limiter.backOff();
    await limiter.acquire();
    // No delay makes a grant earlier than the block's expiry (Redis expires to the millisecond).
    expect(Date.now() - refusedAt).toBeGreaterThanOrEqual(2_000 - 50);
  });
});

describe('createRedisRateLimiter when Redis is unreachable', () => {
  let outage: RedisServer;
  let client: Redis;
  const password = 'redis-secret-do-not-print';

  beforeAll(async () => {
    outage = await startRedisServer({ password });
    client = await connectRedis(outage.port, { password });
  });
  afterAll(async () => {
    client.disconnect();
    await outage.stop();
  });

  it('never shows the Redis password in the limiter, and fails the waiter with RateLimitStoreError after an outage', async () => {
    const limiter = createRedisRateLimiter({
      redis: client,
      companyId: 'c-outage',
      transactionsPerSecond: 0.5,
    });
    expect(inspect(limiter, { depth: 10 })).not.toContain(password);
    expect(JSON.stringify(limiter)).not.toContain(password);
    await limiter.acquire(); // the first window's slot, from Redis
    const waiting = limiter.acquire(); // waits for the next window...
    await outage.stop({ abruptly: true }); // ...which Redis is gone for
    const error = await waiting.then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(error).toBeInstanceOf(RateLimitStoreError);
    expect(error).toMatchObject({ name: 'RateLimitStoreError', companyId: 'c-outage' });
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/onRedisError: 'local'/);
    for (const shown of [inspect(error, { depth: 10 }), String((error as Error).stack)]) {
      expect(shown).not.toContain(password);
    }
  });
});
