// What a refused call tells the caller: each refusal's resultMessage names the value at fault (the
// SDK puts it in its error message), and master-data writes check the user like reads do. Found by
// mutation testing of src/state/case-rules.ts and src/handlers/ (see stryker.equivalent-mutants.md).
import { describe, expect, it } from 'vitest';
import { ResultCodes } from '../src/index.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();
const stranger = 'mallory@evil.test';
const exec = (body: Record<string, unknown>) =>
  fixture.api.call('executeActivity', {
    companyId: acme.companyId,
    userId: acme.ana,
    workflowId: acme.process,
    skipExtensions: true,
    formData: {},
    ...body,
  });
const records = async () =>
  (await fixture.api.call('queryMasterData', { userId: acme.ana, table: 'Clientes', filter: {} }))
    .body.payload;

describe('the message of a refusal', () => {
  it('names the user who is not authorized (300)', async () => {
    const reply = await fixture.api.call('startCase', {
      companyId: acme.companyId,
      userId: stranger,
      workflowId: acme.process,
    });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.userNotAuthorized,
      resultMessage: `user '${stranger}' is not authorized for this token`,
    });
  });

  it("names a companyId that is not the token's (301)", async () => {
    const reply = await exec({
      companyId: 'other-co',
      caseNumber: 1,
      formId: 'lead',
      nextFormId: 'qualification',
    });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.companyMismatch,
      resultMessage: "companyId 'other-co' is not the token's company",
    });
  });

  it('names the missing process and its environment (310)', async () => {
    const reply = await fixture.api.call('listCases', {
      userId: acme.ana,
      processId: 'payroll',
      environment: 'draft',
    });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.processNotFound,
      resultMessage: "no process 'payroll' in draft",
    });
  });

  it('names the missing case and its environment (311)', async () => {
    const reply = await fixture.api.call('getCase', {
      userId: acme.ana,
      processId: acme.process,
      caseNumber: 999,
    });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.caseNotFound,
      resultMessage: 'no production case #999',
    });
  });

  it('names the missing master-data table (313)', async () => {
    const reply = await fixture.api.call('deleteMasterData', {
      userId: acme.ana,
      table: 'Proveedores',
      filter: { nombre: 'ACME' },
    });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.tableNotFound,
      resultMessage: "no master-data table 'Proveedores'",
    });
  });

  it('says why an empty delete filter is refused', async () => {
    const reply = await fixture.api.call('deleteMasterData', {
      userId: acme.ana,
      table: 'Clientes',
      filter: {},
    });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.emptyFilterRefused,
      resultMessage: 'an empty filter would delete every record: refused',
    });
  });

  it('names the closed case (320)', async () => {
    const reply = await exec({ caseNumber: 3, formId: 'won', nextFormId: 'lost' });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.caseClosed,
      resultMessage: 'case #3 is closed',
    });
  });

  it('names the form the case waits at and the form sent (321)', async () => {
    const reply = await exec({ caseNumber: 2, formId: 'lead', nextFormId: 'qualification' });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.notCurrentActivity,
      resultMessage: "case #2 is waiting at form 'qualification', not 'lead'",
    });
  });

  it('lists the allowed actions when the action is not one (322)', async () => {
    const reply = await exec({ caseNumber: 2, formId: 'qualification', nextFormId: 'lead' });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.actionNotAllowed,
      resultMessage: "form 'qualification' has no action 'lead' (allowed: won, lost)",
    });
  });

  it('tells an extension not to answer a call that is not valid', async () => {
    const reply = await fixture.api.call('validateCall', {
      endpoint: 'https://hooks.example.com/x',
      token: 'never0issued0123456789ab',
    });
    expect(reply.body).toEqual({
      resultCode: ResultCodes.invalidToken,
      resultMessage: 'the call is not valid: do not answer it',
    });
  });
});

describe('a master-data write by a user who is not authorized', () => {
  it.each<[string, Record<string, unknown>]>([
    ['upsertMasterData', { update: { ciudad: 'Nowhere' } }],
    ['deleteMasterData', {}],
  ])('is refused with code 300 by %s, which changes nothing', async (operation, extra) => {
    const before = await records();
    const reply = await fixture.api.call(operation as 'upsertMasterData', {
      userId: stranger,
      table: 'Clientes',
      filter: { nombre: 'ACME' },
      ...extra,
    });
    expect(reply.body.resultCode).toBe(ResultCodes.userNotAuthorized);
    expect(await records()).toEqual(before);
  });
});
