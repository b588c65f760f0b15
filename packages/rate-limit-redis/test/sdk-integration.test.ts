// The limiter plugged into the SDK (`rateLimit: { limiter }`), against a real Redis and the
// emulator at the plan's rate: two clients sharing one Redis budget stay under the plan together.
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { BlizWork, TransactionLimitError } from '@blizwork/sdk';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisRateLimiter } from '../src/index.js';
import { connectRedis } from './helpers/redis-client.js';
import { startRedisServer, type RedisServer } from './helpers/redis-server.mjs';

let server: RedisServer;
let redis: Redis;
let emulator: Emulator;

beforeAll(async () => {
  server = await startRedisServer();
  redis = await connectRedis(server.port);
  emulator = await startEmulator({ transactionsPerSecond: 5, log: () => {} });
});
afterAll(async () => {
  redis.disconnect();
  await server.stop();
  await emulator.close();
});

describe('createRedisRateLimiter as the SDK rateLimit option', () => {
  it('paces two clients on one Redis budget so the emulator refuses none of their calls', async () => {
    const client = () =>
      new BlizWork({
        ...emulator.clientOptions,
        // No resends: a code-200 reply must surface here, not be hidden by a retry.
        maxRetries: 0,
        rateLimit: {
          limiter: createRedisRateLimiter({
            redis,
            companyId: emulator.companyId,
            transactionsPerSecond: 5,
            keyPrefix: 'sdk-integration',
          }),
        },
      });
    const [first, second] = [client(), client()];
    const reads = (bw: BlizWork) =>
      Promise.all(
        Array.from({ length: 6 }, () => bw.masterData('Clientes').records({ nombre: 'ACME' })),
      );
    const results = await Promise.allSettled([reads(first), reads(second)]);
    const refused = results.filter(
      (result) => result.status === 'rejected' && result.reason instanceof TransactionLimitError,
    );
    expect(refused).toEqual([]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
  });
});
