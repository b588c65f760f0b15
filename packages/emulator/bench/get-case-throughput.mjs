// getCase requests per second through keep-alive connections at concurrency 1 and 32, side by side
// with a bare node:http server that answers a fixed JSON reply of the same size (the baseline).
// Client and servers share this process, so both sides pay the same client cost; the ratio is the
// figure to read. Run with `pnpm bench` after `pnpm build`.
import { Agent, createServer, request } from 'node:http';
import { startEmulator } from '../dist/index.mjs';

const runs = [
  { concurrency: 1, requests: 4000 },
  { concurrency: 32, requests: 16000 },
];

const emulator = await startEmulator();
const path = `/process/case/${emulator.token}/`;
const body = JSON.stringify({
  userId: emulator.userId,
  processId: 'sales-process',
  caseNumber: 2,
  include: 2,
});

/** One POST over the agent; resolves with the reply text. */
function post(agent, url, text) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const reply = await post(new Agent(), emulator.url + path, body);
if (JSON.parse(reply).resultCode !== 0) throw new Error(`getCase failed: ${reply}`);
const fixed = Buffer.from(reply);
const baseline = createServer((req, res) => {
  req.resume(); // read the request body, as the emulator does
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': fixed.length,
    });
    res.end(fixed);
  });
});
await new Promise((resolve) => baseline.listen(0, '127.0.0.1', resolve));
const baselineUrl = `http://127.0.0.1:${baseline.address().port}${path}`;

/** Requests per second for `requests` POSTs spread over `concurrency` keep-alive connections. */
async function measure(url, concurrency, requests) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let remaining = 0;
  const worker = async () => {
    while (remaining > 0) {
      remaining -= 1;
      await post(agent, url, body);
    }
  };
  remaining = Math.ceil(requests / 5);
  await Promise.all(Array.from({ length: concurrency }, worker)); // warm-up pass
  remaining = requests;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return requests / seconds;
}

console.log(`getCase reply: ${fixed.length} bytes; Node ${process.version}`);
console.log('concurrency | emulator req/s | bare node:http req/s | ratio');
for (const { concurrency, requests } of runs) {
  const emulatorRate = await measure(emulator.url + path, concurrency, requests);
  const baselineRate = await measure(baselineUrl, concurrency, requests);
  const ratio = (emulatorRate / baselineRate).toFixed(2);
  console.log(
    `${String(concurrency).padStart(11)} | ${emulatorRate.toFixed(0).padStart(14)} | ${baselineRate.toFixed(0).padStart(20)} | ${ratio}`,
  );
}
await emulator.close();
baseline.close();
