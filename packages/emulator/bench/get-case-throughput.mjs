// Emulator throughput against a bare node:http server answering a fixed reply of the same bytes,
// for getCase (include 2) and startCase, at concurrency 1 and 32. Each server runs in its own
// process and the load generator (raw keep-alive sockets, ./load-generator.mjs) in this one, so
// the generator is not the bottleneck (its own CPU per request is printed to show it). Rounds run
// the two servers in random order; each round's ratio (emulator ÷ bare) is kept, and the median
// and spread of the ratios printed, for requests per second and for server CPU time per request
// (the steadier figure on a loaded machine: other processes take turns, not CPU time per request).
// Usage (after `pnpm build`): `node bench/get-case-throughput.mjs [--rounds N] [--seconds S]`.
import { fork } from 'node:child_process';
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { measureRate, postRequest } from './load-generator.mjs';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    seconds: { type: 'string', default: '0.5' },
  },
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

/** The CPU time (µs) a bench server process has used so far. */
function cpuMicrosOf(child) {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message.cpuMicros));
    child.send('cpu');
  });
}

/** One POST through node:http (outside the timed part); resolves with the reply bytes. */
function post(port, path, body) {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json' };
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Requests per second, and CPU µs per request of the server and of this load generator. */
async function measure(target, concurrency, duration) {
  const serverBefore = await cpuMicrosOf(target.child);
  const generatorBefore = process.cpuUsage();
  const { replies, perSecond } = await measureRate(
    target.port,
    target.request,
    concurrency,
    duration,
  );
  const generator = process.cpuUsage(generatorBefore);
  const serverMicros = (await cpuMicrosOf(target.child)) - serverBefore;
  return {
    perSecond,
    serverMicros: serverMicros / replies,
    generatorMicros: (generator.user + generator.system) / replies,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const shuffled = (items) => [...items].sort(() => Math.random() - 0.5);
const spread = (values) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;

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
const bareServers = [];
try {
  for (const operation of operations) {
    const reply = await post(port, operation.path, operation.body);
    if (JSON.parse(reply.toString('utf8')).resultCode !== 0) {
      throw new Error(`${operation.name} failed: ${reply}`);
    }
    const bare = await startProcess('./bare-server-process.mjs', [reply.toString('base64')]);
    bareServers.push(bare);
    operation.replyBytes = reply.length;
    operation.targets = {
      emulator: { child: emulator.child, port },
      bare: { child: bare.child, port: bare.info.port },
    };
    for (const target of Object.values(operation.targets)) {
      target.request = postRequest(target.port, operation.path, operation.body);
    }
  }
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(
    `Node ${process.version}, ${rounds} rounds of ${durationMs} ms per server, load average ${load}`,
  );
  console.log(
    'operation | concurrency | emulator req/s | bare req/s | req/s ratio (median, min–max) | ' +
      'server CPU µs/req emulator, bare | CPU ratio bare÷emulator (median, min–max) | generator CPU µs/req',
  );
  for (const operation of operations) {
    for (const concurrency of concurrencies) {
      const runs = { emulator: [], bare: [] };
      const rateRatios = [];
      const cpuRatios = [];
      for (const target of Object.values(operation.targets)) {
        await measure(target, concurrency, 300); // warm-up
      }
      for (let round = 0; round < rounds; round++) {
        const run = {};
        for (const name of shuffled(['emulator', 'bare'])) {
          run[name] = await measure(operation.targets[name], concurrency, durationMs);
          runs[name].push(run[name]);
        }
        rateRatios.push(run.emulator.perSecond / run.bare.perSecond);
        cpuRatios.push(run.bare.serverMicros / run.emulator.serverMicros);
      }
      const medianOf = (name, key) => median(runs[name].map((run) => run[key]));
      const generator = median([...runs.emulator, ...runs.bare].map((run) => run.generatorMicros));
      console.log(
        [
          operation.name.padEnd(9),
          String(concurrency).padStart(11),
          medianOf('emulator', 'perSecond').toFixed(0).padStart(14),
          medianOf('bare', 'perSecond').toFixed(0).padStart(10),
          `${median(rateRatios).toFixed(2)} (${spread(rateRatios)})`.padEnd(29),
          `${medianOf('emulator', 'serverMicros').toFixed(1)}, ${medianOf('bare', 'serverMicros').toFixed(1)}`.padEnd(
            33,
          ),
          `${median(cpuRatios).toFixed(2)} (${spread(cpuRatios)})`.padEnd(41),
          generator.toFixed(1),
        ].join(' | '),
      );
    }
  }
  const sizes = operations.map((operation) => `${operation.name} ${operation.replyBytes} bytes`);
  console.log(`replies: ${sizes.join(', ')}`);
} finally {
  emulator.child.disconnect();
  for (const bare of bareServers) bare.child.disconnect();
}
