import type { BlizWork } from '@blizwork/sdk';
import { createExtensionHandler, type ExtensionHandler } from '@blizwork/sdk/extension';
import { assert, assertEqual, type Checks } from './checks.js';
import { callsTo, EXTENSION_TRIGGER, registerExtension } from './control.js';
import type { ScenarioConfig } from './scenario-config.js';

/** A handler served by the runtime: where BlizWork reaches it and how a caller sends to it. */
export interface ServedHandler {
  /** The URL registered in the emulator (and the handler's `publicUrl`). */
  readonly url: string;
  /** Sends a request as an outside caller would: over HTTP, or (browser) to the handler itself. */
  send(request: Request): Promise<Response>;
  /**
   * Hands the handler the calls BlizWork made that the runtime could not receive itself (the
   * browser serves nothing; a capture server took them) and resolves its answers. Servers: none.
   */
  deliverCaptured(): Promise<Response[]>;
  close(): Promise<void>;
}

/** Serves a handler with the runtime's own server API; the handler is built for its public URL. */
export type ServeHandler = (
  makeHandler: (publicUrl: string) => ExtensionHandler,
) => Promise<ServedHandler>;

const FORGED_HANDSHAKE = 'ffffffffffffffffffffffff';

const postJson = (url: string, body: unknown) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/**
 * The extension handler on the runtime's server: a genuine emulator call is verified and reaches
 * user code; a forged and a replayed one are refused with 401 before it; logs never hold the token.
 */
export async function extensionChecks(
  checks: Checks,
  config: ScenarioConfig,
  bw: BlizWork,
  serve: ServeHandler,
) {
  const reached: number[] = [];
  const logged: string[] = [];
  const log = (...parts: unknown[]) => logged.push(parts.map(String).join(' '));
  let served: ServedHandler | undefined;
  await checks.run('the runtime serves the extension handler', async () => {
    served = await serve((publicUrl) =>
      createExtensionHandler(
        bw,
        (call) => {
          reached.push(call.caseNumber);
          return { received: call.caseNumber };
        },
        { publicUrl, logger: { warn: log, error: log } },
      ),
    );
    await registerExtension(config, served.url);
  });
  if (served === undefined) return;
  const handler = served;
  try {
    let genuine: Record<string, unknown> | undefined;
    await checks.run('a genuine emulator call is verified and reaches user code', async () => {
      const sales = bw.process(EXTENSION_TRIGGER.processId);
      const number = await sales.startCase();
      await (
        await sales.getCase(number)
      ).exec(EXTENSION_TRIGGER.nextFormId, { customer_name: 'x' });
      const answers = await handler.deliverCaptured();
      const calls = await callsTo(config, handler.url);
      assertEqual(calls.length, 1, 'extension calls to the handler');
      genuine = calls[0]!.body;
      const statuses =
        answers.length > 0 ? answers.map((answer) => answer.status) : [calls[0]!.status];
      assertEqual(statuses, [200], 'handler status');
      assertEqual(reached, [number], 'case numbers user code saw');
    });

    await checks.run('a forged call is refused with 401 before user code', async () => {
      assert(genuine !== undefined, 'no genuine call to forge from');
      const before = reached.length;
      const reply = await handler.send(
        postJson(handler.url, { ...genuine, handshakeToken: FORGED_HANDSHAKE }),
      );
      assertEqual(reply.status, 401, 'forged call status');
      assertEqual(reached.length, before, 'user code runs');
    });

    await checks.run('a replayed genuine call is refused with 401', async () => {
      assert(genuine !== undefined, 'no genuine call to replay');
      const before = reached.length;
      const reply = await handler.send(postJson(handler.url, genuine));
      assertEqual(reply.status, 401, 'replayed call status');
      assertEqual(reached.length, before, 'user code runs');
    });

    await checks.run('handler logs never show the token', () => {
      assert(logged.length > 0, 'refusals were not logged');
      assert(!logged.some((line) => line.includes(config.token)), 'a log line holds the token');
    });
  } finally {
    await handler.close();
  }
}
