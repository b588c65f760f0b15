// Per-call time of getCase through the SDK (over its node:http transport, the default on Node, and
// over fetch), through the generated client alone (hey-api's own runtime) and through a
// hand-written fetch, against the same local server (another process). Rounds interleave the
// variants (in random order); each round's time is divided by the raw fetch time of the same
// round, and the median ratio (with its quartiles) is printed, at concurrency 1 and 32. The
// "shared deadline" variant measures one DeadlineQueue per client against a timer per call on the
// fetch path (no measurable gain there, so the fetch path keeps its timer per attempt).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createClient, createConfig, getCase } from '@blizwork/client';
import { BlizWork } from '@blizwork/sdk';
import { DeadlineQueue } from '../src/internal/transport/deadline-queue.js';
import { compare } from './interleaved.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const CALLS_PER_ROUND = Number(process.env.BENCH_CALLS ?? 400);
const token = 'bench-token-0123456789';
// The fixed reply is the fixture case (draft #39): getCase refuses a reply about another case.
const body = {
  userId: 'ana@acme.test',
  environment: 'draft' as const,
  processId: 'sales-process',
  caseNumber: 39,
  include: 3,
};

const server = fork(fileURLToPath(new URL('./fixed-reply-server.mjs', import.meta.url)), {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const [port] = (await once(server.stdout!, 'data')) as [Buffer];
const baseUrl = `http://127.0.0.1:${String(port).trim()}`;

const url = `${baseUrl}/process/case/${token}/`;
/**
 * What a careful user would write by hand: check the status, parse, check the result code. The
 * signal (for the timeout variants) is only set when given, as the SDK does.
 */
async function rawFetch(signal?: AbortSignal): Promise<unknown> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
  if (signal) init.signal = signal;
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const envelope = JSON.parse(await response.text()) as { resultCode: number; payload: unknown };
  if (envelope.resultCode !== 0) throw new Error(`code ${envelope.resultCode}`);
  return envelope.payload;
}

/** The same, with the SDK's fetch-path timeout: an AbortController and a timer per attempt. */
async function rawFetchWithTimeout(): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    return await rawFetch(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** The same, with the timeout as an entry in a shared DeadlineQueue (as the node:http client does). */
const deadlines = new DeadlineQueue(30_000);
async function rawFetchWithSharedDeadline(): Promise<unknown> {
  const controller = new AbortController();
  const deadline = deadlines.add(() => controller.abort());
  try {
    return await rawFetch(controller.signal);
  } finally {
    deadline.cancel();
  }
}

const heyClient = createClient(createConfig({ baseUrl }));
async function generatedClient(): Promise<unknown> {
  const { data, error } = await getCase({ client: heyClient, path: { token }, body });
  if (error !== undefined || data?.resultCode !== 0) throw new Error('failed');
  return data.payload;
}

const sdkOptions = { token, userId: 'ana@acme.test', baseUrl, environment: 'draft' } as const;
/** getCase through an SDK client with these options. */
const sdkGetCase = (options: Partial<ConstructorParameters<typeof BlizWork>[0]> = {}) => {
  const sales = new BlizWork({ ...sdkOptions, ...options }).process('sales-process');
  return (): Promise<unknown> => sales.getCase(39);
};
const variants = {
  'raw fetch': () => rawFetch(),
  'raw fetch + timer per call': rawFetchWithTimeout,
  'raw fetch + shared deadline': rawFetchWithSharedDeadline,
  'generated client': generatedClient,
  'SDK (node:http)': sdkGetCase(),
  'SDK (node:http) timeoutMs 0': sdkGetCase({ timeoutMs: 0 }),
  'SDK (fetch)': sdkGetCase({ fetch: globalThis.fetch }),
  'SDK (fetch) timeoutMs 0': sdkGetCase({ fetch: globalThis.fetch, timeoutMs: 0 }),
} as const;
// BENCH_SKIP="generated client" leaves variants out (the raw fetch baseline always runs).
const skipped = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const comparison = {
  variants: Object.fromEntries(
    Object.entries(variants).filter(([name]) => !skipped.has(name) || name === 'raw fetch'),
  ),
  baseline: 'raw fetch',
  rounds: ROUNDS,
  callsPerRound: CALLS_PER_ROUND,
};

console.log(
  `per-call getCase: ${ROUNDS} rounds of ${CALLS_PER_ROUND} calls per variant (Node ${process.version})`,
);
await compare(comparison, 1, 1);
await compare(comparison, 32, 128);
server.disconnect();
server.kill();
