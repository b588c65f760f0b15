// Extension handler overhead: the SDK's createExtensionHandler (through toNodeListener) against a
// bare node:http handler doing the same work by hand (read the body, parse it, POST validatecall,
// check the code, answer JSON), both on the same kind of server, both verifying against the same
// fixed-reply BlizWork stand-in (another process, always code 0). Ratios are to the bare handler.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BlizWork } from '@blizwork/sdk';
import { createExtensionHandler } from '@blizwork/sdk/extension';
import { toNodeListener } from '@blizwork/sdk/extension/node';
import { compare } from './interleaved.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const CALLS_PER_ROUND = Number(process.env.BENCH_CALLS ?? 200);
const token = 'bench-token-0123456789';

const blizwork = fork(fileURLToPath(new URL('./fixed-reply-server.mjs', import.meta.url)), {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const [port] = (await once(blizwork.stdout!, 'data')) as [Buffer];
const baseUrl = `http://127.0.0.1:${String(port).trim()}`;

/** The bare handler: what a careful developer would write without the SDK. */
const bare: RequestListener = (request, response) => {
  let text = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (text += chunk));
  // Fire-and-forget on purpose: the listener cannot await; a failure rejects unhandled and ends the bench run.
  request.on(
    'end',
    () =>
      void (async () => {
        const call = JSON.parse(text) as { handshakeToken: string; caseNumber: number };
        const verification = await fetch(`${baseUrl}/utils/validatecall/${token}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            endpoint: `http://${request.headers.host}${request.url}`,
            token: call.handshakeToken,
          }),
        });
        const { resultCode } = (await verification.json()) as { resultCode: number };
        const status = resultCode === 0 ? 200 : 401;
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify(status === 200 ? { handled: call.caseNumber } : { error: 'invalid' }),
        );
      })(),
  );
};

const bw = new BlizWork({ token, userId: 'ana@acme.test', baseUrl });
// The stand-in answers code 0 whatever the endpoint, so any publicUrl does.
const sdk = toNodeListener(
  createExtensionHandler(bw, (call) => ({ handled: call.caseNumber }), {
    publicUrl: 'http://127.0.0.1/hook',
  }),
);

async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}
const [bareUrl, sdkUrl] = [await listen(bare), await listen(sdk)];

const body = JSON.stringify({
  environment: 'production',
  processId: 'sales-process',
  processVersion: 1,
  caseNumber: 2,
  handshakeToken: '642c8f141be17c78c05bcb4c',
  fields: { customer_name: 'Globex', amount: 5000 },
});
const callHook = (url: string) => async () => {
  const reply = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (reply.status !== 200) throw new Error(`HTTP ${reply.status}`);
  return reply.text();
};

console.log(
  `extension handler: ${ROUNDS} rounds of ${CALLS_PER_ROUND} calls per variant (Node ${process.version})`,
);
const comparison = {
  variants: {
    'bare node:http handler': callHook(bareUrl),
    createExtensionHandler: callHook(sdkUrl),
  },
  baseline: 'bare node:http handler',
  rounds: ROUNDS,
  callsPerRound: CALLS_PER_ROUND,
};
await compare(comparison, 1, 1);
await compare(comparison, 16, 64);
blizwork.disconnect();
blizwork.kill();
process.exit(0);
