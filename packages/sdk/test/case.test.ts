// The Case helpers over a fixture document (no server).
import { describe, expect, it } from 'vitest';
import { CaseDataMissingError, FieldNotFoundError } from '../src/index.node.js';
import { fixtureCase, salesCaseDocument } from './helpers/case-fixture.js';

describe('Case properties', () => {
  it('read the document', () => {
    const c = fixtureCase();
    expect({
      number: c.number,
      processId: c.processId,
      companyId: c.companyId,
      environment: c.environment,
      version: c.version,
      initiator: c.initiator,
      include: c.include,
      pendingFormId: c.pendingFormId,
    }).toEqual({
      number: 39,
      processId: 'sales-process',
      companyId: 'company-of-the-case',
      environment: 'draft',
      version: 2,
      initiator: 'ana@acme.test',
      include: 3,
      pendingFormId: 'qualification',
    });
    expect(c.history).toHaveLength(3);
    expect(c.document).toEqual(salesCaseDocument());
  });

  it('fall back to the request when the document is silent', () => {
    const c = fixtureCase({ fields: {} }, 0);
    expect([c.number, c.processId, c.environment, c.version, c.companyId]).toEqual([
      39,
      'sales-process',
      'production',
      undefined,
      undefined,
    ]);
  });

  it('take the initiator from createAudit when there is no history', () => {
    const { history: _history, ...document } = salesCaseDocument();
    expect(fixtureCase(document, 1).initiator).toBe('creator@acme.test');
  });
});

describe('history helpers', () => {
  it('forms() lists the entries that executed a form, oldest first', () => {
    const c = fixtureCase();
    expect(c.forms('lead').map((entry) => entry.updatedBy)).toEqual([
      'bob@acme.test',
      'ana@acme.test',
    ]);
    expect(c.forms('won')).toEqual([]);
  });

  it('latestForm() is the last of them', () => {
    const c = fixtureCase();
    expect(c.latestForm('lead')?.updatedOn).toBe('2026-11-22T23:59:59.000Z');
    expect(c.latestForm('won')).toBeUndefined();
  });

  it('currentForm() is the last entry', () => {
    expect(fixtureCase().currentForm()?.nextActivity?.formId).toBe('qualification');
    expect(fixtureCase({ history: [] }).currentForm()).toBeUndefined();
  });

  it('formExecutionDate() is the YYYY-MM-DD prefix of updatedOn', () => {
    const c = fixtureCase();
    expect(c.formExecutionDate(c.latestForm('lead'))).toBe('2026-11-22');
    expect(c.formExecutionDate({ updatedOn: 'yesterday' })).toBeUndefined();
    expect(c.formExecutionDate(undefined)).toBeUndefined();
  });

  it('throw CaseDataMissingError naming the include level when the history was not loaded', () => {
    const { history: _history, ...document } = salesCaseDocument();
    const c = fixtureCase(document, 1);
    expect(() => c.history).toThrow(CaseDataMissingError);
    expect(() => c.forms('lead')).toThrow(
      'case sales-process #39 (draft) was loaded without its history: read it with include >= 2',
    );
    expect(() => c.currentForm()).toThrow(
      expect.objectContaining({ member: 'history', requiredInclude: 2 }),
    );
  });
});

describe('field()', () => {
  it('returns a value, including null', () => {
    const c = fixtureCase();
    expect(c.field('amount')).toBe(1200);
    expect(c.field('notes')).toBeNull();
  });

  it('throws FieldNotFoundError for a missing field without fallback', () => {
    const c = fixtureCase({ fields: {} });
    expect(() => c.field('amount')).toThrow(FieldNotFoundError);
    expect(() => c.field('amount')).toThrow(
      'case sales-process #39 (production) has no field "amount"',
    );
  });

  it('returns the fallback, even an explicit undefined or null, for a missing field', () => {
    const c = fixtureCase({ fields: {} });
    expect(c.field('amount', 0)).toBe(0);
    expect(c.field('amount', null)).toBeNull();
    expect(c.field('amount', undefined)).toBeUndefined();
  });

  it('does not read inherited properties as fields', () => {
    const c = fixtureCase({ fields: {} }) as unknown as { field(name: string): unknown };
    expect(() => c.field('toString')).toThrow(FieldNotFoundError);
  });
});

describe('downloadUrl()', () => {
  it('reads fieldValues first, then an attachment value in fields', () => {
    expect(fixtureCase().downloadUrl('quote')).toBe('https://f.test/q.pdf');
    const { fieldValues: _values, ...document } = salesCaseDocument();
    expect(fixtureCase(document).downloadUrl('quote')).toBe('https://f.test/q-from-fields.pdf');
  });

  it('throws FieldNotFoundError for a field without a file', () => {
    expect(() => fixtureCase().downloadUrl('customer_name')).toThrow(
      'has no file in field "customer_name"',
    );
  });
});
