// How exec builds its body: the wrapper's rules with its gaps fixed.
import { describe, expect, it } from 'vitest';
import { buildExecBody } from '../src/resources/exec-body.js';
import { CaseClosedError } from '../src/index.node.js';
import { fixtureCase, salesCaseDocument } from './helpers/case-fixture.js';

const client = { userId: 'ana@acme.test', companyId: 'company-of-the-client' };
const input = { nextFormId: 'won', formData: { closing_notes: 'signed' } };

describe('buildExecBody', () => {
  it('fills every field from the case', () => {
    expect(buildExecBody(fixtureCase(), input, client)).toEqual({
      companyId: 'company-of-the-process',
      userId: 'ana@acme.test',
      workflowId: 'sales-process',
      environment: 'draft',
      caseNumber: 39,
      formId: 'qualification',
      nextFormId: 'won',
      formData: { closing_notes: 'signed' },
      skipExtensions: false,
    });
  });

  it('takes companyId from the option first, then the process definition, then the client', () => {
    const c = fixtureCase();
    expect(buildExecBody(c, { ...input, companyId: 'explicit' }, client).companyId).toBe(
      'explicit',
    );
    const { processDefinition: _definition, ...document } = salesCaseDocument();
    expect(buildExecBody(fixtureCase(document), input, client).companyId).toBe(
      'company-of-the-client',
    );
    expect(() =>
      buildExecBody(fixtureCase(document), input, { ...client, companyId: undefined }),
    ).toThrow(TypeError);
  });

  it('sends execUserId and skipExtensions when given', () => {
    const body = buildExecBody(
      fixtureCase(),
      { ...input, execUserId: 'bob@acme.test', skipExtensions: true },
      client,
    );
    expect(body).toMatchObject({ execUserId: 'bob@acme.test', skipExtensions: true });
  });

  it('refuses a case that waits on no form', () => {
    const document = salesCaseDocument();
    document.history = [{ currentActivity: { formId: 'won' }, updatedBy: 'ana@acme.test' }];
    expect(() => buildExecBody(fixtureCase(document), input, client)).toThrow(CaseClosedError);
    expect(() =>
      buildExecBody(fixtureCase({ ...salesCaseDocument(), history: [] }), input, client),
    ).toThrow(CaseClosedError);
  });

  it('refuses a case whose document says it is closed', () => {
    const error = (() => {
      try {
        buildExecBody(fixtureCase({ ...salesCaseDocument(), closed: true }), input, client);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(CaseClosedError);
    expect(error).toMatchObject({ caseNumber: 39, message: expect.stringContaining('is closed') });
  });
});
