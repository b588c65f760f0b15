import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlizWork } from '../../src/index.node.js';
import { createExtensionHandler } from '../../src/extension/index.js';
import { serveHandlerAt, type HandlerServer } from '../helpers/handler-server.js';

/**
 * A stand-in BlizWork whose validatecall holds every request until released, so a test can
 * fill the handler's verification slots and see what happens to the next call.
 */
function holdingValidateCall() {
  const held: ServerResponse[] = [];
  let answered = 0;
  let waiter: { count: number; resolve: () => void } | undefined;
  const server = createServer((request, response) => {
    request.resume();
    held.push(response);
    if (waiter && held.length >= waiter.count) waiter.resolve();
  });
  return {
    server,
    /** How many validatecalls were answered so far. */
    get answered() {
      return answered;
    },
    /** Resolves once `count` validatecalls are held. */
    holding(count: number) {
      return new Promise<void>((resolve) => {
        if (held.length >= count) resolve();
        else waiter = { count, resolve };
      });
    },
    /** Answers every held validatecall with code 1 (not valid). */
    releaseAll() {
      answered += held.length;
      for (const response of held.splice(0)) {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"resultCode":1}');
      }
    },
  };
}
const forgedCall = (n: number) =>
  JSON.stringify({
    environment: 'production',
    processId: 'sales-process',
    processVersion: 1,
    caseNumber: n,
    handshakeToken: `forgedtoken${String(n).padStart(13, '0')}`,
  });

describe('createExtensionHandler caps validatecalls in flight', () => {
  const blizwork = holdingValidateCall();
  let hook: HandlerServer;
  const warnings: string[] = [];

  beforeAll(async () => {
    await new Promise<void>((resolve) => blizwork.server.listen(0, '127.0.0.1', resolve));
    const client = new BlizWork({
      token: 'tok-for-holding-server',
      userId: 'ana@acme.test',
      baseUrl: `http://127.0.0.1:${(blizwork.server.address() as AddressInfo).port}`,
      maxRetries: 0,
    });
    hook = await serveHandlerAt((base) =>
      createExtensionHandler(client, () => ({ ran: true }), {
        publicUrl: `${base}/hook`,
        maxConcurrentVerifications: 2,
        logger: { warn: (message: string) => warnings.push(message) },
      }),
    );
  });
  afterAll(async () => {
    await hook.close();
    blizwork.server.closeAllConnections();
    blizwork.server.close();
  });

  const post = (n: number) =>
    fetch(`${hook.url}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: forgedCall(n),
    });

  it('answers 503 with retry-after over the cap, sending nothing, and frees slots after', async () => {
    const first = post(1);
    const second = post(2);
    await blizwork.holding(2);

    const third = await post(3);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    expect(await third.json()).toEqual({ error: 'too many calls being verified; retry later' });
    expect(warnings.join('\n')).toContain('too many calls being verified at once');

    blizwork.releaseAll();
    expect((await first).status).toBe(401);
    expect((await second).status).toBe(401);
    expect(blizwork.answered).toBe(2); // the third call never reached BlizWork

    // Both slots are free again: two more calls reach BlizWork together.
    const again = [post(4), post(5)];
    await blizwork.holding(2);
    blizwork.releaseAll();
    expect((await Promise.all(again)).map((r) => r.status)).toEqual([401, 401]);
    expect(blizwork.answered).toBe(4);
  });
});
