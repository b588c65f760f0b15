import { Redis, type RedisOptions } from 'ioredis';

/**
 * An ioredis client set up as the README recommends (`enableOfflineQueue: false` and
 * `maxRetriesPerRequest: 1`, so an outage fails fast), connected before it is returned. Reconnection attempts stay quiet.
 */
export async function connectRedis(port: number, options: RedisOptions = {}): Promise<Redis> {
  const redis = new Redis({
    host: '127.0.0.1',
    port,
    enableOfflineQueue: false,
    lazyConnect: true,
    retryStrategy: () => 200,
    maxRetriesPerRequest: 1,
    ...options,
  });
  redis.on('error', () => undefined);
  await redis.connect();
  return redis;
}
