import { startEmulator, type Emulator } from '@blizwork/emulator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlizWork, createExtensionHandler } from '../../src/index.js';
import { postJson, serveHandler, type HandlerServer } from './handler-server.js';

describe('createExtensionHandler with arbitrary bodies', () => {
  let emulator: Emulator;
  let hook: HandlerServer;
  let userCodeRuns = 0;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    const bw = new BlizWork({
      token: emulator.token,
      userId: emulator.userId,
      baseUrl: emulator.url,
      maxRetries: 0,
    });
    hook = await serveHandler(
      createExtensionHandler(
        bw,
        () => {
          userCodeRuns += 1;
        },
        { logger: {} },
      ),
    );
  });
  afterAll(async () => {
    await hook.close();
    await emulator.close();
  });

  // Bodies that look like extension calls (so many reach validatecall), mixed with anything at all.
  const plausibleCall = fc.record(
    {
      environment: fc.oneof(fc.constantFrom('production', 'draft'), fc.string()),
      processId: fc.oneof(fc.constant('sales-process'), fc.string()),
      processVersion: fc.oneof(fc.integer(), fc.double(), fc.string()),
      caseNumber: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.string()),
      handshakeToken: fc.oneof(
        fc.stringMatching(/^[0-9a-f]{24}$/),
        fc.string(),
        fc.constantFrom('../../init', 'abc#', 'abc?x=', '%2e%2e%2f'),
      ),
      fields: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
    },
    { requiredKeys: [] },
  );

  it('never runs user code unverified and never answers 5xx other than 503', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(plausibleCall, fc.jsonValue()), async (body) => {
        const reply = await postJson(`${hook.url}/hook`, body);
        expect([400, 401, 503]).toContain(reply.status);
        expect(userCodeRuns).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('never runs user code for arbitrary non-JSON text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (raw) => {
        const reply = await postJson(`${hook.url}/hook`, null, { raw });
        expect(reply.status).toBeLessThan(500);
        expect(userCodeRuns).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
