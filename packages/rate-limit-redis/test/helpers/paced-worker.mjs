// One worker process of the cross-process tests and the benchmark: it takes a slot from the shared
// Redis budget before each BlizWork call (as the SDK's `rateLimit: { limiter }` option will), sends a
// read to the emulator, and prints one JSON line per call and one at the end:
//   {"event":"call","resultCode":0}  ...  {"event":"done","sent":12,"code200":0,"storeError":null,
//   "grantsMs":[0,210,...]}   (grantsMs: when each acquire() resolved, after the loop started)
// Usage: node paced-worker.mjs '<json settings>' (see `settings` below).
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { createRedisRateLimiter } from '@blizwork/rate-limit-redis';

/**
 * @type {{ redisPort: number, emulatorUrl: string, token: string, userId: string,
 *   companyId: string, transactionsPerSecond: number, calls?: number, waitForGo?: boolean,
 *   onRedisError?: 'error' | 'local', localTransactionsPerSecond?: number, keyPrefix?: string,
 *   resendRefused?: boolean }}
 */
const settings = JSON.parse(process.argv[2] ?? '{}');
const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const redis = new Redis({
  host: '127.0.0.1',
  port: settings.redisPort,
  enableOfflineQueue: false,
  lazyConnect: true,
  // An outage must surface in the test's lifetime; reconnect quietly in the background.
  retryStrategy: () => 200,
  maxRetriesPerRequest: 1,
});
redis.on('error', () => undefined);
await redis.connect();
const limiter = createRedisRateLimiter({
  redis,
  companyId: settings.companyId,
  transactionsPerSecond: settings.transactionsPerSecond,
  onRedisError: settings.onRedisError,
  localTransactionsPerSecond: settings.localTransactionsPerSecond,
  keyPrefix: settings.keyPrefix,
});

// Open the keep-alive connection first, with a request the emulator does not count (an unknown
// path is a 404). A fresh process's first request spends ~100 ms more on setup than the next one,
// which lands the next call closer to it than a 0.5 tx/s plan allows (see the README's note on cold
// connections); this worker stands for a long-running server, whose connection is warm.
await fetch(`${settings.emulatorUrl}/warm-up`).then((response) => response.arrayBuffer());

const queryOnce = async () => {
  const response = await fetch(`${settings.emulatorUrl}/master-data/${settings.token}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: settings.userId, table: 'Clientes', filter: {} }),
  });
  return (await response.json()).resultCode;
};

// With `waitForGo`, the worker says it is ready, then waits for one line on stdin, `{"stopAt":<epoch ms>}`,
// so every worker of a benchmark starts together (once all are up) and stops at the same moment.
let stopAt = Infinity;
if (settings.waitForGo) {
  print({ event: 'ready' });
  const lines = createInterface({ input: process.stdin });
  const [line] = await once(lines, 'line');
  lines.close(); // an open stdin would keep this process alive after its last call
  process.stdin.destroy();
  stopAt = JSON.parse(line).stopAt;
}
const calls = settings.calls ?? Infinity;
let sent = 0;
let code200 = 0;
let storeError = null;
// Taken before the first acquire(): no slot the limiter grants can be earlier.
const startedAt = Date.now();
/** When each acquire() resolved, in ms after `startedAt`: never before the slot it granted. */
const grantsMs = [];
while (sent - (settings.resendRefused ? code200 : 0) < calls && Date.now() < stopAt) {
  try {
    await limiter.acquire();
  } catch (error) {
    storeError = { name: error.name, hasCause: error.cause instanceof Error };
    break;
  }
  grantsMs.push(Date.now() - startedAt);
  if (Date.now() >= stopAt) break;
  const resultCode = await queryOnce();
  sent += 1;
  if (resultCode === 200) {
    code200 += 1;
    // As the SDK does: slow the shared budget down, then send the refused call again.
    if (settings.resendRefused) limiter.backOff();
  }
  print({ event: 'call', resultCode });
}
print({ event: 'done', sent, code200, storeError, grantsMs });
redis.disconnect();
