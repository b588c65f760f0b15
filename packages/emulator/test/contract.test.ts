import { describe, expect, it } from 'vitest';
import { EMULATED_HEADER, ResultCodes, startEmulator } from '../src/index.js';
import { operationHandlers } from '../src/handlers/operation-handlers.js';
import { contractSeed, contractToken } from './helpers/contract-seed.js';
import {
  added,
  extendedSpec,
  inlineOperationExample,
  processVersionExample,
} from './helpers/extended-spec.js';
import { assertReplyMatchesSpec, contractOperations } from './helpers/spec-contract.js';
import { isStateful, type StatefulOperation } from './helpers/stateful-operations.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator({ seed: contractSeed });

/**
 * What each stateful operation's example success looks like beyond resultCode 0 (the reply schema
 * is always checked). Keyed by the handler table, so an operation added to the spec without a
 * handler needs no entry here: it is checked against its example reply instead.
 */
const expectedEffects: Record<StatefulOperation, (body: Record<string, unknown>) => void> = {
  startCase: (body) => expect(body.caseNumber).toBe(5), // after the seeded case #4
  executeActivity: () =>
    expect(
      fixture.emulator.readCase({ processId: 'proceso-atencion', caseNumber: 4 })?.currentFormId,
    ).toBe('revision'),
  sendNotification: () => expect(fixture.emulator.notifications).toHaveLength(1),
  validateCall: () => undefined,
  validateCallByPath: () => undefined,
  getCase: (body) =>
    expect(body.payload).toMatchObject({
      caseNumber: 39,
      processDefinition: { companyId: contractSeed.companies[0]?.companyId },
    }),
  listCases: (body) =>
    expect(body.payload).toMatchObject([{ caseNumber: 39, fields: { customer_name: 'ACME' } }]),
  queryMasterData: (body) =>
    expect(body.payload).toEqual([{ Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' }]),
  upsertMasterData: (body) => expect(body.payload).toEqual({ inserted: 0, updated: 1 }),
  deleteMasterData: (body) => expect(body.payload).toEqual({ deleted: 1 }),
  uploadAttachment: (body) => expect(body.payload).toMatchObject({ fileName: 'quote.pdf' }),
};

describe('spec examples', () => {
  it('covers every operation that has a handler', () => {
    expect(Object.keys(operationHandlers).sort()).toEqual(Object.keys(expectedEffects).sort());
  });

  it.each(
    [...contractOperations.values()].map(
      (operation) => [operation.operationId, operation] as const,
    ),
  )(
    'accepts the example request of %s and answers a spec-valid success',
    async (operationId, operation) => {
      const reply = await fixture.api.call(operationId, operation.requestExample, {
        token: contractToken,
        handshakeToken: operation.pathParamExamples.handshakeToken ?? '',
      });
      if (isStateful(operationId)) {
        expect(reply.status).toBe(200);
        expect(reply.body.resultCode).toBe(0);
        expectedEffects[operationId](reply.body);
      } else if (operation.replyExample.found) {
        // No handler (an operation new in the spec): its example reply, as the spec writes it.
        expect(reply.status).toBe(200);
        expect(reply.headers.get(EMULATED_HEADER)).toBe('example');
        expect(reply.body).toEqual(operation.replyExample.value);
      } else {
        // No handler and no example reply: 501 naming the operation, never a 500.
        expect(reply.status).toBe(501);
        expect(reply.headers.get(EMULATED_HEADER)).toBe('none');
        expect(reply.body.resultMessage).toContain(operationId);
      }
    },
  );
});

describe('operations without a stateful handler (emulator started on an extended spec)', () => {
  const extended = useEmulator({ spec: extendedSpec() });
  const post = async (
    path: string,
    body: unknown,
    token: string = acme.token,
    url = extended.emulator.url,
  ) => {
    const response = await fetch(url + path.replace('{token}', token), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };

  it('still answers the operations that have a handler statefully', async () => {
    const reply = await extended.api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: acme.process,
    });
    expect(reply.body).toMatchObject({ resultCode: 0, caseNumber: 4 });
    expect(reply.headers.get(EMULATED_HEADER)).toBeNull();
  });

  it.each([
    ['an inline body schema and `example`', added.inline.path, inlineOperationExample],
    ['$refs to requestBodies/responses and `examples`', added.viaRefs.path, processVersionExample],
  ])(
    'answers the spec example of an operation with %s, marked as not emulated',
    async (_, path, example) => {
      const body =
        path === added.inline.path ? { userId: acme.ana } : { processId: 'sales-process' };
      for (const slash of ['', '/']) {
        const reply = await post(path.replace(/\/$/, '') + slash, body);
        expect(reply.status).toBe(200);
        expect(reply.headers.get(EMULATED_HEADER)).toBe('example');
        expect(reply.body).toEqual(example);
      }
    },
  );

  it('validates the request of an example operation against its schema first (code 100)', async () => {
    const reply = await post(added.inline.path, { userId: 42 });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      resultCode: ResultCodes.malformedRequest,
      resultMessage: 'userId must be string',
    });
    const extra = await post(added.viaRefs.path, {});
    expect(extra.body).toMatchObject({
      resultCode: ResultCodes.malformedRequest,
      resultMessage: 'processId is required',
    });
  });

  it('checks the token of an example operation (code 1)', async () => {
    const reply = await post(added.inline.path, { userId: acme.ana }, 'not-a-token');
    expect(reply.body.resultCode).toBe(ResultCodes.invalidToken);
    expect(reply.headers.get(EMULATED_HEADER)).toBeNull();
  });

  it('logs once per operation that it answers with an example', async () => {
    const lines: string[] = [];
    const emulator = await startEmulator({ spec: extendedSpec(), log: (line) => lines.push(line) });
    try {
      await post(added.viaRefs.path, { processId: 'a' }, emulator.token, emulator.url);
      await post(added.viaRefs.path, { processId: 'b' }, emulator.token, emulator.url);
    } finally {
      await emulator.close();
    }
    expect(lines).toEqual([
      `${added.viaRefs.operationId} is not emulated: answering its spec example (header ${EMULATED_HEADER}: example)`,
    ]);
  });

  it('answers 501 with a message naming an operation that has no example, never 500', async () => {
    const reply = await post(added.noExample.path, {
      userId: acme.ana,
      processId: acme.process,
      caseNumber: 1,
    });
    expect(reply.status).toBe(501);
    expect(reply.body).toEqual({
      resultCode: ResultCodes.notEmulated,
      resultMessage: `operation '${added.noExample.operationId}' is not emulated and the spec gives no example reply for it`,
    });
    assertReplyMatchesSpec(undefined, reply.status, reply.body);
  });
});
