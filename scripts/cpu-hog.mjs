// A CPU hog for `pnpm test:stress`: one busy-looping worker thread per core, so the tests run on a
// machine with no idle core. It never outlives its purpose:
//   - every worker stops by itself at a hard deadline (`--seconds`, default one hour);
//   - started by another Node process (with an IPC channel), it exits as soon as that parent stops
//     sending heartbeats or goes away, even when the parent was killed with SIGKILL;
//   - SIGTERM / SIGINT stop it at once.
//
//   node scripts/cpu-hog.mjs [--seconds N] [--threads N]
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, workerData } from 'node:worker_threads';

/** How long a parent may stay silent before the hog assumes it is gone. */
const HEARTBEAT_GRACE_MS = 60_000;

if (isMainThread) {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '3600' },
      threads: { type: 'string', default: String(availableParallelism()) },
    },
  });
  const seconds = Number(values.seconds);
  const threads = Number(values.threads);
  if (!(seconds > 0) || !Number.isInteger(threads) || threads < 1) {
    console.error('usage: node scripts/cpu-hog.mjs [--seconds N > 0] [--threads N >= 1]');
    process.exit(2);
  }
  const deadline = Date.now() + seconds * 1000;
  // Shared with every worker: non-zero means stop.
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL(import.meta.url), { workerData: { deadline, stop } }),
  );
  const end = (code) => {
    Atomics.store(stop, 0, 1);
    // The workers see the flag within a few milliseconds; exiting also ends them.
    process.exit(code);
  };
  process.on('SIGTERM', () => end(0));
  process.on('SIGINT', () => end(0));
  setTimeout(() => end(0), deadline - Date.now()).unref();
  let alive = 0;
  for (const worker of workers) {
    alive += 1;
    worker.on('exit', () => {
      alive -= 1;
      if (alive === 0) end(0);
    });
  }
  if (process.send !== undefined) {
    // Started with an IPC channel: follow the parent.
    let lastBeat = Date.now();
    process.on('message', () => (lastBeat = Date.now()));
    process.on('disconnect', () => end(0));
    setInterval(() => {
      if (Date.now() - lastBeat > HEARTBEAT_GRACE_MS) end(0);
    }, 1_000);
    process.send({ threads, deadline });
  } else {
    console.log(`cpu-hog: ${threads} busy threads for at most ${seconds} s (pid ${process.pid})`);
  }
} else {
  const { deadline, stop } = workerData;
  let sink = 0;
  while (Atomics.load(stop, 0) === 0 && Date.now() < deadline) {
    // A short burst of arithmetic between checks: the flag and the clock are read ~1000 times a
    // second, so the worker stops promptly.
    for (let i = 0; i < 200_000; i += 1) sink = (sink + i * i) % 1_000_003;
  }
  if (sink === -1) console.log(sink); // keeps the loop from being optimised away
}
