// Every way the SDK accepts a case document (getCase, exec's reads, casesWithDetails, an extension
// call's getCase) refuses one about another process or company, with the same typed error, against
// a real local server. replies.test.ts covers each kind of mismatch on getCase itself.
import { describe, expect, it } from 'vitest';
import { BlizWorkResponseError } from '../src/index.node.js';
import { ExtensionCall } from '../src/extension/index.js';
import { TOKEN, clientFor, rejectionOf } from './helpers/clients.js';
import { ok, useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

/** A case document of `sales-process` #2 in production, waiting on `qualification`. */
const salesCase = (extra: Record<string, unknown> = {}) => ({
  processSlug: 'sales-process',
  caseNumber: 2,
  environment: 'production',
  history: [{ nextActivity: { formId: 'qualification' } }],
  ...extra,
});
const ANOTHER_PROCESS = ok({ payload: salesCase({ processSlug: 'OTHER' }) });
const ANOTHER_COMPANY = ok({
  payload: salesCase({ companyId: 'OTHER', processDefinition: { companyId: 'OTHER' } }),
});

/** The paths of the requests the server saw, without the token. */
const paths = () => server.requests.map((request) => request.url.replace(`/${TOKEN}`, ''));

/** Expects `error` to be the refusal of a getCase reply about another case. */
function expectRefusedCase(error: Error, problem: RegExp): void {
  expect(error).toBeInstanceOf(BlizWorkResponseError);
  expect(error).toMatchObject({ operation: 'getCase', httpStatus: 200 });
  expect(error.message).toMatch(problem);
}

describe('a case document about another process or company', () => {
  const sales = () => clientFor(server.url).process('sales-process');

  it.each([
    ['another process', ANOTHER_PROCESS, /a case of process "OTHER"/],
    ['another company', ANOTHER_COMPANY, /companyId "OTHER"/],
  ])('is refused by getCase: %s', async (_label, reply, problem) => {
    server.queue(reply);
    expectRefusedCase(await rejectionOf(sales().getCase(2)), problem);
  });

  it("is refused by exec's read before the exec, which is then never sent", async () => {
    server.queue(ok({ payload: { processSlug: 'sales-process', caseNumber: 2 } }), ANOTHER_PROCESS);
    const c = await sales().getCase(2, { include: 0 }); // no history: exec reads the case again
    expectRefusedCase(await rejectionOf(c.exec('won')), /a case of process "OTHER"/);
    expect(paths()).toEqual(['/process/case/', '/process/case/']);
  });

  it("is refused by exec's read after the exec", async () => {
    const own = salesCase({ companyId: 'COMPANY', processDefinition: { companyId: 'COMPANY' } });
    server.queue(ok({ payload: own }), ok(), ANOTHER_COMPANY);
    const c = await clientFor(server.url, { companyId: 'COMPANY' })
      .process('sales-process')
      .getCase(2);
    expectRefusedCase(await rejectionOf(c.exec('won')), /companyId "OTHER"/);
    expect(paths()).toEqual(['/process/case/', '/exec', '/process/case/']);
  });

  it('ends casesWithDetails', async () => {
    server.queue(ok({ payload: [{ caseNumber: 2 }] }), ANOTHER_PROCESS);
    const error = await rejectionOf(
      (async () => {
        for await (const c of sales().casesWithDetails()) void c;
      })(),
    );
    expectRefusedCase(error, /a case of process "OTHER"/);
  });

  it("is refused by an extension call's getCase", async () => {
    const call = new ExtensionCall(clientFor(server.url), {
      environment: 'production',
      processId: 'sales-process',
      processVersion: 1,
      caseNumber: 2,
      handshakeToken: '642c8f141be17c78c05bcb4c',
    });
    server.queue(ANOTHER_COMPANY);
    expectRefusedCase(await rejectionOf(call.getCase()), /companyId "OTHER"/);
  });
});
