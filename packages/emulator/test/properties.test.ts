import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OperationId } from '../src/generated/spec.gen.js';
import { operationHandlers } from '../src/handlers/operation-handlers.js';
import type { ApiReply } from './helpers/api-client.js';
import { withDeepValue } from './helpers/deep-json.js';
import { contractOperations } from './helpers/spec-contract.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();
const runs = { numRuns: 100 };

/** Writes that may change seeded cases or master data when they succeed. */
const writes = new Set<OperationId>([
  'startCase',
  'executeActivity',
  'upsertMasterData',
  'deleteMasterData',
]);

/** Everything seeded that a failed or read-only call must leave as it was. */
const seededState = () => ({
  production: [1, 2, 3, 4].map((caseNumber) =>
    fixture.emulator.readCase({ processId: acme.process, caseNumber }),
  ),
  draft: [1, 2].map((caseNumber) =>
    fixture.emulator.readCase({ processId: acme.process, caseNumber, environment: 'draft' }),
  ),
  clientes: fixture.emulator.readTable('Clientes'),
});

// Plausible values next to arbitrary ones, so generated bodies also reach deep into the handlers.
const anyJson = fc.jsonValue({ maxDepth: 3 });
const hex24 = fc.string({
  unit: fc.constantFrom(...'0123456789abcdef'),
  minLength: 24,
  maxLength: 24,
});
const plausible: Record<string, fc.Arbitrary<unknown>> = {
  companyId: fc.constantFrom(acme.companyId, 'other'),
  userId: fc.constantFrom(acme.ana, acme.bob, 'x@evil.test'),
  workflowId: fc.constantFrom(acme.process, 'nope'),
  processId: fc.constantFrom(acme.process, 'nope'),
  environment: fc.constantFrom('production', 'draft'),
  execUserId: fc.emailAddress(),
  caseNumber: fc.integer({ min: 1, max: 5 }),
  formId: fc.constantFrom('lead', 'qualification', 'won', 'lost', 'x'),
  nextFormId: fc.constantFrom('lead', 'qualification', 'won', 'lost', 'x'),
  skipExtensions: fc.boolean(),
  formData: fc.dictionary(
    fc.constantFrom('customer_name', 'amount', 'score', 'quote', '__proto__', 'constructor', ''),
    fc.oneof(
      fc.string(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.record({ fileName: fc.string(), fileUrl: fc.webUrl() }),
      anyJson,
    ),
  ),
  include: fc.integer({ min: 0, max: 4 }),
  filter: fc.oneof(
    fc.constant({}),
    fc.record({ Código: fc.constantFrom('P-001', 'P-002', 'P-009') }),
    fc.dictionary(fc.string(), anyJson),
  ),
  update: fc.dictionary(fc.string(), anyJson),
  table: fc.constantFrom('Clientes', 'Nope'),
  template: fc.string({ minLength: 1 }),
  params: fc.record(
    { to: fc.string({ minLength: 1 }), userName: fc.string() },
    { requiredKeys: ['to'] },
  ),
  endpoint: fc.webUrl(),
  token: hex24,
  module: fc.constant('form'),
  filename: fc.string({ minLength: 1 }),
  file: fc.oneof(fc.base64String(), fc.string()),
};
const operationIds = [...contractOperations.keys()];
const specOf = (operationId: OperationId) => {
  const operation = contractOperations.get(operationId);
  if (operation === undefined) throw new Error(`no operation ${operationId}`);
  return operation;
};

/** Bodies with the operation's keys (from the spec), values mostly plausible: many pass the schema. */
const plausibleBody = (operationId: OperationId): fc.Arbitrary<unknown> => {
  const { requestProperties, requiredProperties } = specOf(operationId);
  return fc.record(
    Object.fromEntries(requestProperties.map((key) => [key, plausible[key] ?? anyJson])),
    {
      requiredKeys: [...requiredProperties],
    },
  );
};

/** Bodies with the operation's keys, any of them missing, values half arbitrary. */
const mixedBody = (operationId: OperationId): fc.Arbitrary<unknown> =>
  fc.record(
    Object.fromEntries(
      specOf(operationId).requestProperties.map((key) => [
        key,
        fc.oneof(plausible[key] ?? anyJson, anyJson),
      ]),
    ),
    { requiredKeys: [] },
  );

const anyBody = (operationId: OperationId): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: anyJson, weight: 1 },
    { arbitrary: mixedBody(operationId), weight: 1 },
    { arbitrary: plausibleBody(operationId), weight: 2 },
  );
const handshakeToken = fc.oneof(hex24, fc.string({ minLength: 1 }));

/** The properties every reply must have; the client already checked it against the spec. */
function expectSoundReply(reply: ApiReply, operationId: OperationId): void {
  // 501 is the documented answer of an operation without a handler and without an example reply.
  const stateful = Object.hasOwn(operationHandlers, operationId);
  if (!(reply.status === 501 && !stateful)) expect(reply.status).toBeLessThan(500);
  // An operation without a handler may answer its spec example, whatever its shape.
  if (stateful) expect(typeof reply.body.resultCode).toBe('number');
}

describe.each(operationIds)('%s under arbitrary input', (operationId) => {
  it('answers a spec envelope, never 5xx, and keeps seeded state unless a write succeeded', async () => {
    await fc.assert(
      fc
        .asyncProperty(anyBody(operationId), handshakeToken, async (body, handshake) => {
          const before = seededState();
          const reply = await fixture.api.call(operationId, body, { handshakeToken: handshake });
          expectSoundReply(reply, operationId);
          if (!(writes.has(operationId) && reply.body.resultCode === 0))
            expect(seededState()).toEqual(before);
        })
        .beforeEach(() => fixture.emulator.reset()),
      runs,
    );
  });

  it('answers code 100 or a sound envelope to arbitrary bytes, never 5xx, and keeps seeded state', async () => {
    await fc.assert(
      fc
        .asyncProperty(fc.uint8Array({ maxLength: 256 }), async (bytes) => {
          const before = seededState();
          const reply = await fixture.api.send(operationId, bytes, { handshakeToken: 'h' });
          expectSoundReply(reply, operationId);
          expect(seededState()).toEqual(before);
        })
        .beforeEach(() => fixture.emulator.reset()),
      runs,
    );
  });

  it('refuses with code 100 a body holding a value nested over the limit anywhere, and later reads still answer', async () => {
    const keys = specOf(operationId).requestProperties;
    await fc.assert(
      fc
        .asyncProperty(
          plausibleBody(operationId),
          fc.constantFrom(...(keys.length > 0 ? keys : ['extra'])),
          fc.integer({ min: 64, max: 20_000 }),
          async (body, key, depth) => {
            const before = seededState();
            const text = withDeepValue({ ...(body as object), [key]: '<deep>' }, depth);
            const reply = await fixture.api.send(operationId, text, { handshakeToken: 'h' });
            expectSoundReply(reply, operationId);
            expect(reply.body.resultCode).toBe(100);
            expect(seededState()).toEqual(before);
            const read = await fixture.api.call('queryMasterData', {
              userId: acme.ana,
              table: 'Clientes',
              filter: {},
            });
            expect(read.body.resultCode).toBe(0);
          },
        )
        .beforeEach(() => fixture.emulator.reset()),
      { numRuns: 20 },
    );
  });
});
