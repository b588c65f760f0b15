import { describe, expect, it } from 'vitest';
import { BlizWork, FieldNotFoundError } from '../../src/index.node.js';
import { ExtensionCall } from '../../src/extension/index.js';

const call = new ExtensionCall<{ customer_name: string; amount: number }>(
  new BlizWork({ token: 'unit-test-token', userId: 'ana@acme.test' }),
  {
    environment: 'draft',
    processId: 'sales-process',
    processVersion: 2,
    caseNumber: 7,
    handshakeToken: '642c8f141be17c78c05bcb4c',
    fields: { customer_name: 'Globex' },
  },
);

describe('ExtensionCall.field', () => {
  it('returns a field the call carries', () => {
    expect(call.field('customer_name')).toBe('Globex');
  });

  it('throws FieldNotFoundError for a missing field without a fallback', () => {
    expect(() => call.field('amount')).toThrow(FieldNotFoundError);
    expect(() => call.field('amount')).toThrow(
      'extension call (sales-process #7) has no field "amount"',
    );
  });

  it('returns the fallback for a missing field, even null or undefined', () => {
    expect(call.field('amount', 0)).toBe(0);
    expect(call.field('amount', null)).toBeNull();
    expect(call.field('amount', undefined)).toBeUndefined();
  });

  it('keeps the client and its token out of inspect and JSON', () => {
    expect(JSON.stringify(call)).not.toContain('unit-test-token');
    expect(JSON.stringify(call)).toContain('"caseNumber":7');
  });
});
