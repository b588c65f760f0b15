import { describe, expect, it } from 'vitest';
import { ResultCodes, startEmulator } from '../src/index.js';
import type { OperationId } from '../src/generated/spec.gen.js';
import { contractSeed, contractToken } from './helpers/contract-seed.js';
import { assertReplyMatchesSpec, contractOperations } from './helpers/spec-contract.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator({ statusEnvelope: ['getCase', 'listCases'] });
const read = { userId: acme.ana, processId: acme.process };

describe('the statusEnvelope option', () => {
  it('answers the chosen operations in the status/message/payload envelope', async () => {
    const reply = await fixture.api.call('getCase', { ...read, caseNumber: 2 });
    expect(reply.body).toEqual({
      status: 0,
      message: 'OK',
      payload: expect.objectContaining({ caseNumber: 2 }),
    });
    expect(reply.body).not.toHaveProperty('resultCode');
    const list = await fixture.api.call('listCases', read);
    expect(list.body).toMatchObject({ status: 0, message: 'OK', payload: expect.any(Array) });
  });

  it('uses it for their refusals too, from the pipeline and from the handler', async () => {
    const missing = await fixture.api.call('getCase', { ...read, caseNumber: 99 });
    expect(missing.body).toEqual({
      status: ResultCodes.caseNotFound,
      message: 'no production case #99',
    });
    const malformed = await fixture.api.call('getCase', { ...read });
    expect(malformed.body).toEqual({
      status: ResultCodes.malformedRequest,
      message: 'caseNumber is required',
    });
    const badToken = await fixture.api.call(
      'getCase',
      { ...read, caseNumber: 1 },
      { token: 'nope' },
    );
    expect(badToken.body).toEqual({
      status: ResultCodes.invalidToken,
      message: 'invalid or expired token',
    });
  });

  it('leaves the other operations in the resultCode envelope', async () => {
    const reply = await fixture.api.call('queryMasterData', {
      userId: acme.ana,
      table: 'Clientes',
      filter: {},
    });
    expect(reply.body).toMatchObject({ resultCode: 0, resultMessage: 'OK' });
  });

  it('refuses operationIds the spec does not have, naming them', async () => {
    await expect(
      startEmulator({ statusEnvelope: ['getCase', 'getCaes' as never] }),
    ).rejects.toThrow(
      /^statusEnvelope: no operation 'getCaes' in the spec \(operationIds: startCase, /,
    );
    await expect(startEmulator({ statusEnvelope: 'getCase' as never })).rejects.toThrow(
      new TypeError('statusEnvelope must be an array of operationIds'),
    );
  });

  it('refuses the operations whose documented reply allows only resultCode, naming them', async () => {
    await expect(
      startEmulator({
        statusEnvelope: ['getCase', 'startCase', 'sendNotification', 'validateCall'],
      }),
    ).rejects.toThrow(
      new TypeError(
        "statusEnvelope: the spec's 200 reply of 'startCase', 'sendNotification', 'validateCall' allows only the { resultCode, resultMessage } envelope, so the emulator cannot answer it in the status envelope (operations whose reply allows it: executeActivity, validateCallByPath, getCase, listCases, queryMasterData, upsertMasterData, deleteMasterData, uploadAttachment)",
      ),
    );
  });
});

/** Every operation the built-in spec lets answer in the status envelope. */
const allowed: OperationId[] = [
  'executeActivity',
  'validateCallByPath',
  'getCase',
  'listCases',
  'queryMasterData',
  'upsertMasterData',
  'deleteMasterData',
  'uploadAttachment',
];

describe('the statusEnvelope option and the spec agree', () => {
  const all = useEmulator({ seed: contractSeed, statusEnvelope: allowed });

  it.each(allowed)(
    '%s answers a success and a refusal that its reply schema allows',
    async (id) => {
      const operation = contractOperations.get(id)!;
      const params = {
        token: contractToken,
        handshakeToken: operation.pathParamExamples.handshakeToken ?? '',
      };
      const success = await all.api.call(id, operation.requestExample, params);
      expect(success.body).toMatchObject({ status: 0, message: 'OK' });
      assertReplyMatchesSpec(id, success.status, success.body);
      const refused = await all.api.call(id, operation.requestExample, {
        ...params,
        token: 'nope',
      });
      expect(refused.body).toMatchObject({ status: ResultCodes.invalidToken });
      assertReplyMatchesSpec(id, refused.status, refused.body);
    },
  );
});
