import { describe, expect, it } from 'vitest';
import { ResultCodes, defaultSeed, type Seed } from '../src/index.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();
const start = (body: Record<string, unknown> = {}) =>
  fixture.api.call('startCase', {
    companyId: acme.companyId,
    userId: acme.ana,
    workflowId: acme.process,
    ...body,
  });

describe('startCase', () => {
  it('starts a case waiting at the first form, numbered after the seeded ones, when the body is valid', async () => {
    const reply = await start();
    expect(reply.body).toEqual({ resultCode: 0, resultMessage: 'OK', caseNumber: 4 });
    const started = fixture.emulator.readCase({ processId: acme.process, caseNumber: 4 });
    expect(started).toMatchObject({
      companyId: acme.companyId,
      environment: 'production',
      processSlug: acme.process,
      processVersion: 1,
      currentFormId: 'lead',
      closed: false,
      createAudit: { user: acme.ana },
      history: [
        { currentActivity: { formId: '' }, nextActivity: { formId: 'lead' }, updatedBy: acme.ana },
      ],
    });
    expect(new Date(started?.history[0]?.updatedOn ?? '').toISOString()).toBe(
      started?.history[0]?.updatedOn,
    );
    expect(started?.createAudit.date).toBe(started?.history[0]?.updatedOn);
  });

  it('numbers cases per environment when environment is draft', async () => {
    const draft = await start({ environment: 'draft' });
    const production = await start({ environment: 'production' });
    expect(draft.body.caseNumber).toBe(2);
    expect(production.body.caseNumber).toBe(4);
    expect(
      fixture.emulator.readCase({ processId: acme.process, caseNumber: 2, environment: 'draft' }),
    ).toMatchObject({
      environment: 'draft',
      processVersion: 2,
    });
  });

  it('gives every concurrent start its own number', async () => {
    const replies = await Promise.all(Array.from({ length: 10 }, () => start()));
    const numbers = replies.map((reply) => reply.body.caseNumber as number).sort((a, b) => a - b);
    expect(numbers).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('records execUserId as the user who started the case when it is given', async () => {
    const reply = await start({ execUserId: 'partner@other.test' });
    const started = fixture.emulator.readCase({
      processId: acme.process,
      caseNumber: reply.body.caseNumber,
    });
    expect(started?.createAudit.user).toBe('partner@other.test');
    expect(started?.history[0]?.updatedBy).toBe('partner@other.test');
  });

  it('refuses with code 300 when userId is not an authorized user', async () => {
    const reply = await start({ userId: 'mallory@evil.test' });
    expect(reply.body.resultCode).toBe(ResultCodes.userNotAuthorized);
    expect(reply.body).not.toHaveProperty('caseNumber');
  });

  it("refuses with code 301 when companyId is not the token's company", async () => {
    const reply = await start({ companyId: 'another-company' });
    expect(reply.body.resultCode).toBe(ResultCodes.companyMismatch);
  });

  it('refuses with code 310 when the process does not exist', async () => {
    const reply = await start({ workflowId: 'no-such-process' });
    expect(reply.body.resultCode).toBe(ResultCodes.processNotFound);
    expect(fixture.emulator.readCase({ processId: acme.process, caseNumber: 4 })).toBeUndefined();
  });
});

describe('startCase numbering across processes', () => {
  const seed: Seed = structuredClone(defaultSeed);
  seed.processes?.push({
    companyId: acme.companyId,
    processId: 'support',
    name: 'Support',
    version: 1,
    forms: [{ formId: 'ticket', fields: [], nextFormIds: [] }],
  });
  const twoProcesses = useEmulator({ seed });

  it('numbers cases per process when another process has cases', async () => {
    const reply = await twoProcesses.api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: 'support',
    });
    expect(reply.body.caseNumber).toBe(1);
  });

  it('closes the case at once when the start form is final', async () => {
    await twoProcesses.api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: 'support',
    });
    expect(twoProcesses.emulator.readCase({ processId: 'support', caseNumber: 1 })?.closed).toBe(
      true,
    );
  });
});

describe('startCase when case numbers run out', () => {
  const max = Number.MAX_SAFE_INTEGER;
  const seed: Seed = {
    ...defaultSeed,
    cases: [{ companyId: acme.companyId, processId: acme.process, caseNumber: max - 1 }],
  };
  const nearTheEnd = useEmulator({ seed });
  const startAs = (userId: string) =>
    nearTheEnd.api.call('startCase', {
      companyId: acme.companyId,
      userId,
      workflowId: acme.process,
    });

  it('gives out the last safe number once, then refuses with code 323 and never reuses a number', async () => {
    expect((await startAs(acme.ana)).body).toEqual({
      resultCode: 0,
      resultMessage: 'OK',
      caseNumber: max,
    });
    const refused = await startAs(acme.bob);
    expect(refused.body).toEqual({
      resultCode: ResultCodes.caseNumbersExhausted,
      resultMessage: `process '${acme.process}' has no case number left in production: the next would be over Number.MAX_SAFE_INTEGER`,
    });
    expect(
      nearTheEnd.emulator.readCase({ processId: acme.process, caseNumber: max })?.createAudit.user,
    ).toBe(acme.ana);
  });
});
