import { startEmulator, type Emulator } from '@blizwork/emulator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlizWork } from '../../src/index.node.js';
import { createExtensionHandler } from '../../src/extension/index.js';
import { postJson, serveHandlerAt, type HandlerServer } from '../helpers/handler-server.js';
import { postRawJson } from '@blizwork/test-support/raw-socket';

// Written out here rather than imported, so a weakened pattern in the source is caught.
const SANE_TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** A call that passes every shape check; with a token the emulator never issued, it gets 401. */
const wellFormedCall = fc.record(
  {
    environment: fc.constantFrom('production', 'draft'),
    processId: fc.string({ minLength: 1 }),
    processVersion: fc.integer(),
    caseNumber: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    handshakeToken: fc.stringMatching(SANE_TOKEN),
    fields: fc.dictionary(fc.string(), fc.jsonValue()),
  },
  { requiredKeys: ['environment', 'processId', 'processVersion', 'caseNumber', 'handshakeToken'] },
);

const MISSING = Symbol('missing');
const notAnObject = fc.oneof(
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue()),
);

/** For each field, values its check must refuse (MISSING: the key is left out). */
const defects: Record<string, fc.Arbitrary<unknown>> = {
  handshakeToken: fc.oneof(
    fc.constant(MISSING),
    fc.string().filter((s) => !SANE_TOKEN.test(s)),
    fc.stringMatching(/^[A-Za-z0-9_-]{16}$/).map((valid) => `../../x/${valid}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{16}$/).map((valid) => `${valid}?x=/..`),
    fc.constantFrom('../../init', 'abc#', 'abc?x=', '%2e%2e%2f'),
    notAnObject.filter((v) => typeof v !== 'string'),
  ),
  environment: fc.oneof(
    fc.constant(MISSING),
    fc.jsonValue().filter((v) => v !== 'production' && v !== 'draft'),
  ),
  processId: fc.oneof(
    fc.constant(MISSING),
    fc.constant(''),
    fc.jsonValue().filter((v) => typeof v !== 'string'),
  ),
  processVersion: fc.oneof(
    fc.constant(MISSING),
    fc.double().filter((v) => !Number.isSafeInteger(v)),
    fc.constantFrom(2 ** 53, -(2 ** 53)),
    fc.jsonValue().filter((v) => typeof v !== 'number'),
  ),
  caseNumber: fc.oneof(
    fc.constant(MISSING),
    fc.integer({ min: -1000, max: 0 }),
    fc.double().filter((v) => !Number.isSafeInteger(v) || v < 1),
    fc.jsonValue().filter((v) => typeof v !== 'number'),
  ),
  fields: notAnObject,
};

/** A well-formed call with exactly one field broken, and that field's name. */
const callWithOneDefect = fc
  .constantFrom(...Object.keys(defects))
  .chain((field) =>
    fc.tuple(fc.constant(field), wellFormedCall, defects[field] as fc.Arbitrary<unknown>),
  )
  .map(([field, call, value]) => {
    const body: Record<string, unknown> = { ...call };
    if (value === MISSING) delete body[field];
    else body[field] = value;
    return { field, body };
  });

/** A hostname or address as a valid Host header value, with an optional port. */
const label = fc.stringMatching(/^[a-z0-9]{1,12}$/);
const validHost = fc
  .tuple(
    fc.oneof(
      fc.domain(),
      fc.ipV4(),
      fc.ipV6().map((ip) => `[${ip}]`),
    ),
    fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }),
  )
  .map(([host, port]) => (port === undefined ? host : `${host}:${port}`));
const malformedHost = fc.oneof(
  fc.constantFrom('', '[::1', '::1', 'a b', '[x]', 'h:port', 'h:123456'),
  fc
    .tuple(
      label,
      fc.constantFrom(' ', '/', '?', '#', '@', '\\', '[', ']', '%', '"', '<', '|', '^', '`', ','),
      label,
    )
    .map(([a, bad, b]) => `${a}${bad}${b}`),
);
const validTarget = fc
  .array(fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/), { maxLength: 4 })
  .map((segments) => `/${segments.join('/')}`);
const malformedTarget = fc.oneof(
  fc.constantFrom('*', 'hook', 'http://[x/hook'),
  validHost.map((host) => `http://${host}/hook`),
  validHost.map((host) => `//${host}/hook`),
  validHost.map((host) => `${host}/hook`),
);

// Up to 200 HTTP round trips per property. Measured under `pnpm test:stress` (both cores busy,
// load average ~30 on 2 cores): the 200-run property took 12.3 s of the default 20 s.
describe('createExtensionHandler with arbitrary bodies', { timeout: 60_000 }, () => {
  let emulator: Emulator;
  let hook: HandlerServer;
  let userCodeRuns = 0;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    const bw = new BlizWork({ ...emulator.clientOptions, maxRetries: 0 });
    hook = await serveHandlerAt((base) =>
      createExtensionHandler(
        bw,
        () => {
          userCodeRuns += 1;
        },
        { publicUrl: `${base}/hook`, logger: {} },
      ),
    );
  });
  afterAll(async () => {
    await hook.close();
    await emulator.close();
  });

  it('answers a call with one malformed field 400 naming exactly that field', async () => {
    await fc.assert(
      fc.asyncProperty(callWithOneDefect, async ({ field, body }) => {
        const reply = await postJson(`${hook.url}/hook`, body);
        expect(reply.status).toBe(400);
        expect(reply.body).toEqual({
          error: expect.stringMatching(new RegExp(`^invalid extension call: "${field}" must be `)),
        });
        expect(userCodeRuns).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('answers a body that is not a JSON object 400 naming the body', async () => {
    await fc.assert(
      fc.asyncProperty(notAnObject, async (body) => {
        const reply = await postJson(`${hook.url}/hook`, body);
        expect(reply).toEqual({
          status: 400,
          body: { error: 'invalid extension call: "body" must be a JSON object' },
        });
      }),
      { numRuns: 50 },
    );
    expect(userCodeRuns).toBe(0);
  });

  it('sends a well-formed call with an unissued token to validatecall and answers 401', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedCall, async (body) => {
        const reply = await postJson(`${hook.url}/hook`, body);
        expect(reply).toEqual({ status: 401, body: { error: 'the call failed verification' } });
      }),
      { numRuns: 50 },
    );
    expect(userCodeRuns).toBe(0);
  });

  it('answers arbitrary text that is not JSON 400 "not valid JSON"', async () => {
    const notJson = fc.string().filter((raw) => {
      try {
        JSON.parse(raw);
        return false;
      } catch {
        return true;
      }
    });
    await fc.assert(
      fc.asyncProperty(notJson, async (raw) => {
        const reply = await postJson(`${hook.url}/hook`, null, { raw });
        expect(reply).toEqual({ status: 400, body: { error: 'request body is not valid JSON' } });
      }),
      { numRuns: 100 },
    );
    expect(userCodeRuns).toBe(0);
  });

  it('answers a malformed Host or request target 400 and keeps serving (raw sockets)', async () => {
    const request = fc.oneof(
      fc.record({ host: malformedHost, target: validTarget }),
      fc.record({ host: validHost, target: malformedTarget }),
      fc.record({ host: malformedHost, target: malformedTarget }),
    );
    await fc.assert(
      fc.asyncProperty(request, wellFormedCall, async ({ host, target }, call) => {
        const reply = await postRawJson(hook.port, { target, host, json: JSON.stringify(call) });
        expect(reply.status).toBe(400);
        // The server is still up and answering.
        expect((await postJson(`${hook.url}/hook`, null, { method: 'GET' })).status).toBe(405);
      }),
      { numRuns: 150 },
    );
    expect(userCodeRuns).toBe(0);
  });

  it('serves any well-formed Host and path (the handler answers; here 401)', async () => {
    await fc.assert(
      fc.asyncProperty(validHost, validTarget, wellFormedCall, async (host, target, call) => {
        const reply = await postRawJson(hook.port, { target, host, json: JSON.stringify(call) });
        expect(reply.status).toBe(401);
      }),
      { numRuns: 50 },
    );
    expect(userCodeRuns).toBe(0);
  });
});
