// Emulator throughput against a bare node:http server answering a fixed reply of the same bytes,
// for getCase (include 2) and startCase, at concurrency 1 and 32. Each server runs in its own
// process and the load generator (raw keep-alive sockets, ./load-generator.mjs) in this one, so
// the generator is not the bottleneck. Rounds interleave the two servers in random order; the
// ratio of each round (emulator ÷ bare) is taken, and the median and spread of the ratios printed.
// Usage (after `pnpm build`): `node bench/get-case-throughput.mjs [--rounds N] [--seconds S]`.
import { fork } from 'node:child_process';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { measureRate, postRequest } from './load-generator.mjs';

const { values: options } = parseArgs({
  options: { rounds: { type: 'string', default: '9' }, seconds: { type: 'string', default: '1' } },
});
const rounds = Number(options.rounds);
const durationMs = Number(options.seconds) * 1000;
const concurrencies = [1, 32];

/** Forks a bench server; resolves with the process and the message it sends once listening. */
function startProcess(script, args = []) {
  const child = fork(new URL(script, import.meta.url), args, { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (info) => resolve({ child, info }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** One POST through node:http (outside the timed part); resolves with the reply bytes. */
function post(port, path, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const shuffled = (items) => [...items].sort(() => Math.random() - 0.5);

const emulator = await startProcess('./emulator-process.mjs');
const { port, token, userId, companyId } = emulator.info;
const operations = [
  {
    name: 'getCase',
    path: `/process/case/${token}/`,
    body: JSON.stringify({ userId, processId: 'sales-process', caseNumber: 2, include: 2 }),
  },
  {
    name: 'startCase',
    path: `/init/${token}/`,
    body: JSON.stringify({ companyId, userId, workflowId: 'sales-process' }),
  },
];
const bare = [];
try {
  for (const operation of operations) {
    const reply = await post(port, operation.path, operation.body);
    if (JSON.parse(reply.toString('utf8')).resultCode !== 0) {
      throw new Error(`${operation.name} failed: ${reply}`);
    }
    const server = await startProcess('./bare-server-process.mjs', [reply.toString('base64')]);
    bare.push(server);
    operation.replyBytes = reply.length;
    operation.targets = {
      emulator: { port, request: postRequest(port, operation.path, operation.body) },
      bare: {
        port: server.info.port,
        request: postRequest(server.info.port, operation.path, operation.body),
      },
    };
  }
  console.log(
    `Node ${process.version}, ${rounds} rounds of ${durationMs} ms per server, load average ` +
      `${(await import('node:os')).loadavg().map((load) => load.toFixed(1)).join(' ')}`,
  );
  console.log(
    'operation | concurrency | emulator req/s | bare node:http req/s | ratio (median) | ratio (min–max)',
  );
  for (const operation of operations) {
    for (const concurrency of concurrencies) {
      const rates = { emulator: [], bare: [] };
      const ratios = [];
      for (const name of ['emulator', 'bare']) {
        const { port: target, request: bytes } = operation.targets[name];
        await measureRate(target, bytes, concurrency, 300); // warm-up
      }
      for (let round = 0; round < rounds; round++) {
        const rate = {};
        for (const name of shuffled(['emulator', 'bare'])) {
          const { port: target, request: bytes } = operation.targets[name];
          rate[name] = await measureRate(target, bytes, concurrency, durationMs);
          rates[name].push(rate[name]);
        }
        ratios.push(rate.emulator / rate.bare);
      }
      const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
      console.log(
        `${operation.name.padEnd(9)} | ${String(concurrency).padStart(11)} | ` +
          `${median(rates.emulator).toFixed(0).padStart(14)} | ${median(rates.bare).toFixed(0).padStart(20)} | ` +
          `${median(ratios).toFixed(2).padStart(14)} | ${spread}`,
      );
    }
  }
  console.log(
    `replies: ${operations.map((operation) => `${operation.name} ${operation.replyBytes} bytes`).join(', ')}`,
  );
} finally {
  emulator.child.disconnect();
  for (const server of bare) server.child.disconnect();
}
