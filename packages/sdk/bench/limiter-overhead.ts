// Target: the limiter costs <= 2 % per call on an unlimited client. The same getCase against the
// same local server (another process), with rateLimit off (baseline) and on at a rate no run
// reaches, interleaved rounds; prints the median ratio to the baseline at concurrency 1 and 64.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { BlizWork } from '@blizwork/sdk';
import { compare } from './interleaved.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const CALLS_PER_ROUND = Number(process.env.BENCH_CALLS ?? 400);

const server = fork(fileURLToPath(new URL('./fixed-reply-server.mjs', import.meta.url)), {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const [port] = (await once(server.stdout!, 'data')) as [Buffer];
const options = {
  token: 'bench-token-0123456789',
  userId: 'ana@acme.test',
  baseUrl: `http://127.0.0.1:${String(port).trim()}`,
};
const off = new BlizWork(options).process('sales-process');
const on = new BlizWork({ ...options, rateLimit: { transactionsPerSecond: 1e9 } }).process(
  'sales-process',
);

console.log(
  `limiter-overhead: ${ROUNDS} rounds of ${CALLS_PER_ROUND} getCase calls per variant (target: limiter on <= 1.02x)`,
);
const comparison = {
  variants: { 'limiter off': () => off.getCase(2), 'limiter on': () => on.getCase(2) },
  baseline: 'limiter off',
  rounds: ROUNDS,
  callsPerRound: CALLS_PER_ROUND,
};
await compare(comparison, 1, 1);
await compare(comparison, 64, 256);
server.disconnect();
server.kill();
