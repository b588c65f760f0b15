import { describe, expect, it } from 'vitest';
import { ResultCodes } from '../src/index.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();
const getCase = (body: Record<string, unknown>) =>
  fixture.api.call('getCase', {
    userId: acme.ana,
    processId: acme.process,
    caseNumber: 2,
    ...body,
  });
const listCases = (body: Record<string, unknown> = {}) =>
  fixture.api.call('listCases', { userId: acme.ana, processId: acme.process, ...body });

const levelKeys = ['userInfo', 'history', 'processDefinition', 'companyInfo'];

describe('getCase', () => {
  it('returns the case document without extras when include is omitted', async () => {
    const reply = await getCase({});
    expect(reply.body.payload).toEqual({
      companyId: acme.companyId,
      environment: 'production',
      processSlug: acme.process,
      processVersion: 1,
      caseNumber: 2,
      createAudit: { user: acme.ana, date: '2026-01-06T09:00:00.000Z' },
      fields: { customer_name: 'Globex', amount: 5000 },
      fieldValues: [
        { slug: 'customer_name', value: 'Globex' },
        { slug: 'amount', value: 5000 },
      ],
      currentFormId: 'qualification',
      closed: false,
    });
  });

  it.each([0, 1, 2, 3, 4])('adds the extras cumulatively when include is %i', async (include) => {
    const reply = await getCase({ include });
    const present = levelKeys.filter((key) => key in reply.body.payload);
    expect(present).toEqual(levelKeys.slice(0, include));
  });

  it('describes the user who started the case at include 1', async () => {
    const reply = await getCase({ include: 1 });
    expect(reply.body.payload.userInfo).toEqual({
      userId: acme.ana,
      companyId: acme.companyId,
      authorized: true,
    });
  });

  it('returns the history that leads to the current form at include 2', async () => {
    const reply = await getCase({ include: 2 });
    const history = reply.body.payload.history;
    expect(
      history.map((entry: { nextActivity: { formId: string } }) => entry.nextActivity.formId),
    ).toEqual(['lead', 'qualification']);
    expect(history[1].currentActivity).toEqual({ formId: 'lead' });
  });

  it("gives every history entry a currentActivity.formId, the start entry's empty (the wrapper reads it on each)", async () => {
    await fixture.api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: acme.process,
    });
    const reply = await getCase({ include: 2, caseNumber: 4 });
    expect(reply.body.payload.history).toEqual([
      expect.objectContaining({
        currentActivity: { formId: '' },
        nextActivity: { formId: 'lead' },
      }),
    ]);
    const seeded = await getCase({ include: 2 });
    for (const entry of seeded.body.payload.history) {
      expect(typeof entry.currentActivity.formId).toBe('string');
    }
    expect(seeded.body.payload.history[0].currentActivity).toEqual({ formId: '' });
  });

  it('returns the process definition with companyId and the forms at include 3', async () => {
    const reply = await getCase({ include: 3 });
    const definition = reply.body.payload.processDefinition;
    expect(definition).toMatchObject({
      companyId: acme.companyId,
      processId: acme.process,
      version: 1,
    });
    expect(definition.forms.map((form: { formId: string }) => form.formId)).toEqual([
      'lead',
      'qualification',
      'won',
      'lost',
    ]);
    expect(definition.forms[1]).toEqual({
      formId: 'qualification',
      fields: [
        { id: 'score', type: 'number' },
        { id: 'quote', type: 'attachment' },
      ],
      nextFormIds: ['won', 'lost'],
    });
  });

  it('returns the company at include 4', async () => {
    const reply = await getCase({ include: 4 });
    expect(reply.body.payload.companyInfo).toEqual({
      companyId: acme.companyId,
      name: 'ACME Sales',
    });
  });

  it('reads the draft case and version when environment is draft', async () => {
    const reply = await getCase({ caseNumber: 1, environment: 'draft', include: 3 });
    expect(reply.body.payload).toMatchObject({ environment: 'draft', processVersion: 2 });
    expect(reply.body.payload.processDefinition.version).toBe(2);
  });

  it('shows a closed case as closed at its final form', async () => {
    const reply = await getCase({ caseNumber: 3 });
    expect(reply.body.payload).toMatchObject({ closed: true, currentFormId: 'won' });
  });

  it.each([
    [{ caseNumber: 99 }, ResultCodes.caseNotFound],
    [{ caseNumber: 2, environment: 'draft' }, ResultCodes.caseNotFound],
    [{ processId: 'nope' }, ResultCodes.processNotFound],
    [{ userId: 'mallory@evil.test' }, ResultCodes.userNotAuthorized],
  ])('refuses %j with code %i and no payload', async (override, code) => {
    const reply = await getCase(override);
    expect(reply.body.resultCode).toBe(code);
    expect(reply.body).not.toHaveProperty('payload');
  });
});

describe('listCases', () => {
  it('returns a summary of every production case, by number, when no filter is given', async () => {
    const reply = await listCases();
    expect(reply.body.payload).toHaveLength(3);
    expect(reply.body.payload[1]).toEqual({
      caseNumber: 2,
      environment: 'production',
      processSlug: acme.process,
      processVersion: 1,
      currentFormId: 'qualification',
      closed: false,
      fields: { customer_name: 'Globex', amount: 5000 },
      createAudit: { user: acme.ana, date: '2026-01-06T09:00:00.000Z' },
    });
  });

  it.each([
    [{ customer_name: 'Globex' }, [2]],
    [{ amount: 5000, customer_name: 'Globex' }, [2]],
    [{ amount: '5000' }, []],
    [{ closed: true }, [3]],
    [{ closed: false }, [1, 2]],
    [{ currentFormId: 'lead' }, [1]],
    [{ caseNumber: 3 }, [3]],
    [{ processVersion: 1, currentFormId: 'won' }, [3]],
    [{ customer_name: 'Globex', closed: true }, []],
    [{ constructor: 'Object' }, []],
    [{}, [1, 2, 3]],
  ])('filters by equality when the filter is %j', async (filter, expected) => {
    const reply = await listCases({ filter });
    expect(reply.body.payload.map((summary: { caseNumber: number }) => summary.caseNumber)).toEqual(
      expected,
    );
  });

  it('lists the draft cases when environment is draft', async () => {
    const reply = await listCases({ environment: 'draft' });
    expect(reply.body.payload).toMatchObject([
      { caseNumber: 1, environment: 'draft', processVersion: 2 },
    ]);
  });

  it('includes a case as soon as it is started', async () => {
    await fixture.api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.bob,
      workflowId: acme.process,
    });
    const reply = await listCases({ filter: { currentFormId: 'lead' } });
    expect(reply.body.payload.map((summary: { caseNumber: number }) => summary.caseNumber)).toEqual(
      [1, 4],
    );
  });

  it.each([
    [{ processId: 'nope' }, ResultCodes.processNotFound],
    [{ userId: 'mallory@evil.test' }, ResultCodes.userNotAuthorized],
  ])('refuses %j with code %i', async (override, code) => {
    const reply = await listCases(override);
    expect(reply.body.resultCode).toBe(code);
  });
});
