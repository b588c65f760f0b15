import { describe, expect, it } from 'vitest';
import type { OperationId } from '../src/spec/routes.js';
import { contractSeed, contractToken } from './helpers/contract-seed.js';
import { contractOperations } from './helpers/spec-contract.js';
import { useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator({ seed: contractSeed });

/** What each example's success looks like beyond resultCode 0 (the reply schema is always checked). */
const expectedEffects: Record<OperationId, (body: Record<string, unknown>) => void> = {
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
  it('covers every operation of the spec', () => {
    expect([...contractOperations.keys()].sort()).toEqual(Object.keys(expectedEffects).sort());
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
      expect(reply.status).toBe(200);
      expect(reply.body.resultCode).toBe(0);
      expectedEffects[operationId](reply.body);
    },
  );
});
