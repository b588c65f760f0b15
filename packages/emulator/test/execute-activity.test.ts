import { describe, expect, it } from 'vitest';
import { ResultCodes } from '../src/index.js';
import { acme, useEmulator, leadExecBody, quietExecBody } from './helpers/use-emulator.js';

const fixture = useEmulator();
const exec = (body: Record<string, unknown>) =>
  fixture.api.call('executeActivity', quietExecBody(body));
const readCase = (caseNumber: number, environment: 'production' | 'draft' = 'production') =>
  fixture.emulator.readCase({ processId: acme.process, caseNumber, environment });

describe('executeActivity', () => {
  it('moves the case to nextFormId and appends a history entry when formId is the current activity', async () => {
    const reply = await exec({
      caseNumber: 1,
      formId: 'lead',
      nextFormId: 'qualification',
      formData: { amount: 10 },
    });
    expect(reply.body).toEqual({ resultCode: 0, resultMessage: 'OK' });
    const moved = readCase(1);
    expect(moved?.currentFormId).toBe('qualification');
    expect(moved?.history).toHaveLength(2);
    expect(moved?.history[1]).toMatchObject({
      currentActivity: { formId: 'lead' },
      nextActivity: { formId: 'qualification' },
      updatedBy: acme.ana,
    });
  });

  it('keeps the case open after a step to a non-final form, so the next step still runs', async () => {
    await exec({ caseNumber: 1, formId: 'lead', nextFormId: 'qualification' });
    expect(readCase(1)?.closed).toBe(false);
    const summary = await fixture.api.call('listCases', {
      userId: acme.ana,
      processId: acme.process,
      filter: { caseNumber: 1 },
    });
    expect(summary.body.payload).toMatchObject([{ caseNumber: 1, closed: false }]);
    const next = await exec({ caseNumber: 1, formId: 'qualification', nextFormId: 'won' });
    expect(next.body.resultCode).toBe(0);
    expect(readCase(1)?.closed).toBe(true);
  });

  it('merges formData into fields and fieldValues when the case already has fields', async () => {
    const quote = { fileName: 'quote.pdf', fileUrl: 'https://files.test/quote.pdf' };
    await exec({
      caseNumber: 2,
      formId: 'qualification',
      nextFormId: 'lost',
      formData: { score: 7, quote },
    });
    const updated = readCase(2);
    expect(updated?.fields).toEqual({ customer_name: 'Globex', amount: 5000, score: 7, quote });
    expect(updated?.fieldValues).toEqual(
      expect.arrayContaining([
        { slug: 'customer_name', value: 'Globex' },
        { slug: 'score', value: 7 },
        { slug: 'quote', fileName: 'quote.pdf', fileUrl: 'https://files.test/quote.pdf' },
      ]),
    );
  });

  it('replaces a field value instead of duplicating it when the same field is sent again', async () => {
    await exec({
      caseNumber: 2,
      formId: 'qualification',
      nextFormId: 'lost',
      formData: { amount: 6000 },
    });
    const updated = readCase(2);
    expect(updated?.fields.amount).toBe(6000);
    expect(updated?.fieldValues.filter((entry) => entry.slug === 'amount')).toEqual([
      { slug: 'amount', value: 6000 },
    ]);
  });

  it('records execUserId as updatedBy when it is given', async () => {
    await exec({
      caseNumber: 1,
      formId: 'lead',
      nextFormId: 'qualification',
      execUserId: 'partner@other.test',
    });
    expect(readCase(1)?.history[1]?.updatedBy).toBe('partner@other.test');
  });

  it('closes the case when it reaches a final form, and refuses any further exec with code 320', async () => {
    await exec({ caseNumber: 2, formId: 'qualification', nextFormId: 'won' });
    expect(readCase(2)).toMatchObject({ closed: true, currentFormId: 'won' });
    const again = await exec({ caseNumber: 2, formId: 'won', nextFormId: 'lost' });
    expect(again.body.resultCode).toBe(ResultCodes.caseClosed);
  });

  it('refuses with code 320 when the seeded case is already closed', async () => {
    const reply = await exec({ caseNumber: 3, formId: 'won', nextFormId: 'lost' });
    expect(reply.body.resultCode).toBe(ResultCodes.caseClosed);
  });

  it('refuses with code 321 and leaves the case unchanged when formId is not the current activity', async () => {
    const before = readCase(2);
    const reply = await exec({
      caseNumber: 2,
      formId: 'lead',
      nextFormId: 'qualification',
      formData: { amount: 1 },
    });
    expect(reply.body.resultCode).toBe(ResultCodes.notCurrentActivity);
    expect(readCase(2)).toEqual(before);
  });

  it('refuses with code 322 when nextFormId is not an action of the form', async () => {
    const reply = await exec({ caseNumber: 1, formId: 'lead', nextFormId: 'won' });
    expect(reply.body.resultCode).toBe(ResultCodes.actionNotAllowed);
    expect(readCase(1)?.currentFormId).toBe('lead');
  });

  it('refuses with code 311 when the case does not exist in that environment', async () => {
    const reply = await exec({
      caseNumber: 2,
      environment: 'draft',
      formId: 'lead',
      nextFormId: 'qualification',
    });
    expect(reply.body.resultCode).toBe(ResultCodes.caseNotFound);
  });

  it('executes the draft case, not the production one, when environment is draft', async () => {
    await exec({
      caseNumber: 1,
      environment: 'draft',
      formId: 'lead',
      nextFormId: 'qualification',
    });
    expect(readCase(1, 'draft')?.currentFormId).toBe('qualification');
    expect(readCase(1)?.currentFormId).toBe('lead');
  });

  it.each([
    [{ userId: 'mallory@evil.test' }, ResultCodes.userNotAuthorized],
    [{ companyId: 'other' }, ResultCodes.companyMismatch],
    [{ workflowId: 'nope' }, ResultCodes.processNotFound],
  ])('refuses %j with code %i', async (override, code) => {
    const reply = await exec({
      caseNumber: 1,
      formId: 'lead',
      nextFormId: 'qualification',
      ...override,
    });
    expect(reply.body.resultCode).toBe(code);
    expect(readCase(1)?.currentFormId).toBe('lead');
  });

  it('lets exactly one of concurrent execs of the same activity win', async () => {
    const replies = await Promise.all(
      ['won', 'lost', 'won', 'lost', 'won', 'lost'].map((nextFormId) =>
        exec({
          caseNumber: 2,
          formId: 'qualification',
          nextFormId,
          formData: { reason: nextFormId },
        }),
      ),
    );
    const winners = replies.filter((reply) => reply.body.resultCode === 0);
    expect(winners).toHaveLength(1);
    expect(
      replies.filter((reply) => reply.body.resultCode === ResultCodes.caseClosed),
    ).toHaveLength(5);
    expect(readCase(2)?.history).toHaveLength(3);
  });

  it('keeps a __proto__ form field as plain data when formData carries one', async () => {
    const body = leadExecBody({
      skipExtensions: true,
      // JSON.parse makes "__proto__" an own property, as the emulator's body parser does.
      formData: JSON.parse(
        '{"__proto__": {"fileName": "a.pdf", "fileUrl": "https://files.test/a.pdf"}, "amount": 1}',
      ) as unknown,
    });
    const reply = await fixture.api.call('executeActivity', body);
    expect(reply.body.resultCode).toBe(0);
    const updated = readCase(1);
    expect(Object.getPrototypeOf(updated?.fields)).toBe(Object.prototype);
    expect(Object.hasOwn(updated?.fields ?? {}, '__proto__')).toBe(true);
    expect(updated?.fields).not.toHaveProperty('fileName');
  });
});
