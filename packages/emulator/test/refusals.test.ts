// What a refused call tells the caller: each refusal's resultMessage names the value at fault (the
// SDK puts it in its error message), and master-data writes check the user like reads do. Found by
// mutation testing of src/state/case-rules.ts and src/handlers/ (see stryker.equivalent-mutants.md).
import { describe, expect, it } from 'vitest';
import { ResultCodes } from '../src/index.js';
import { acme, quietExecBody, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();
const stranger = 'mallory@evil.test';
const exec = (body: Record<string, unknown>) =>
  fixture.api.call('executeActivity', quietExecBody(body));
const records = async () =>
  (await fixture.api.call('queryMasterData', { userId: acme.ana, table: 'Clientes', filter: {} }))
    .body.payload;

/** Each refusal: what is sent, and the result code and message that must come back. */
const refusals: [string, () => ReturnType<typeof exec>, number, string][] = [
  [
    'names the user who is not authorized (300)',
    () =>
      fixture.api.call('startCase', {
        companyId: acme.companyId,
        userId: stranger,
        workflowId: acme.process,
      }),
    ResultCodes.userNotAuthorized,
    `user '${stranger}' is not authorized for this token`,
  ],
  [
    "names a companyId that is not the token's (301)",
    () =>
      exec({ companyId: 'other-co', caseNumber: 1, formId: 'lead', nextFormId: 'qualification' }),
    ResultCodes.companyMismatch,
    "companyId 'other-co' is not the token's company",
  ],
  [
    'names the missing process and its environment (310)',
    () =>
      fixture.api.call('listCases', {
        userId: acme.ana,
        processId: 'payroll',
        environment: 'draft',
      }),
    ResultCodes.processNotFound,
    "no process 'payroll' in draft",
  ],
  [
    'names the missing case and its environment (311)',
    () =>
      fixture.api.call('getCase', { userId: acme.ana, processId: acme.process, caseNumber: 999 }),
    ResultCodes.caseNotFound,
    'no production case #999',
  ],
  [
    'names the missing master-data table (313)',
    () =>
      fixture.api.call('deleteMasterData', {
        userId: acme.ana,
        table: 'Proveedores',
        filter: { nombre: 'ACME' },
      }),
    ResultCodes.tableNotFound,
    "no master-data table 'Proveedores'",
  ],
  [
    'says why an empty delete filter is refused',
    () => fixture.api.call('deleteMasterData', { userId: acme.ana, table: 'Clientes', filter: {} }),
    ResultCodes.emptyFilterRefused,
    'an empty filter would delete every record: refused',
  ],
  [
    'names the closed case (320)',
    () => exec({ caseNumber: 3, formId: 'won', nextFormId: 'lost' }),
    ResultCodes.caseClosed,
    'case #3 is closed',
  ],
  [
    'names the form the case waits at and the form sent (321)',
    () => exec({ caseNumber: 2, formId: 'lead', nextFormId: 'qualification' }),
    ResultCodes.notCurrentActivity,
    "case #2 is waiting at form 'qualification', not 'lead'",
  ],
  [
    'lists the allowed actions when the action is not one (322)',
    () => exec({ caseNumber: 2, formId: 'qualification', nextFormId: 'lead' }),
    ResultCodes.actionNotAllowed,
    "form 'qualification' has no action 'lead' (allowed: won, lost)",
  ],
  [
    'tells an extension not to answer a call that is not valid',
    () =>
      fixture.api.call('validateCall', {
        endpoint: 'https://hooks.example.com/x',
        token: 'never0issued0123456789ab',
      }),
    ResultCodes.invalidToken,
    'the call is not valid: do not answer it',
  ],
];

describe('the message of a refusal', () => {
  it.each(refusals)('%s', async (_name, send, resultCode, resultMessage) => {
    expect((await send()).body).toEqual({ resultCode, resultMessage });
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
