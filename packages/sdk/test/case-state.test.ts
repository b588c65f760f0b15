// Whether a case is closed, what it waits on, and a Case object that exec has made stale: against
// the real emulator (default seed: #2 waits at qualification, #3 closed at won).
import { describe, expect, it } from 'vitest';
import { CaseDataLevel, StaleCaseError } from '../src/index.node.js';
import { fixtureCase, salesCaseDocument } from './helpers/case-fixture.js';
import { rejectionOf } from './helpers/clients.js';
import { useEmulator } from './helpers/emulator.js';

const local = useEmulator();

const sales = () => local.bw.process('sales-process');
const currentForm = (caseNumber: number) =>
  local.emulator.readCase({ processId: 'sales-process', caseNumber, environment: 'production' })
    ?.currentFormId;

describe('Case.closed and pendingFormId', () => {
  it('a closed case is closed and waits on no form (not on the final form it stopped at)', async () => {
    const c = await sales().getCase(3);
    expect(c.document.closed).toBe(true);
    expect([c.closed, c.pendingFormId]).toEqual([true, undefined]);
    expect(c.currentForm()?.nextActivity?.formId).toBe('won');
  });

  it('an open case is not closed and waits on its form', async () => {
    const c = await sales().getCase(2);
    expect([c.closed, c.pendingFormId]).toEqual([false, 'qualification']);
  });

  it('a case that reaches a final form through exec is closed', async () => {
    const won = await (await sales().getCase(2)).exec('won', { closing_notes: 'signed' });
    expect([won.closed, won.pendingFormId]).toEqual([true, undefined]);
  });

  it('without a closed member, is derived from the history only', () => {
    const { closed: _closed, ...document } = salesCaseDocument();
    expect(fixtureCase(document).closed).toBe(false);
    const ended = { ...document, history: [...(document.history ?? []), { updatedBy: 'x' }] };
    expect([fixtureCase(ended).closed, fixtureCase(ended).pendingFormId]).toEqual([
      true,
      undefined,
    ]);
    const { history: _history, ...bare } = document;
    expect(fixtureCase(bare, CaseDataLevel.CaseOnly).closed).toBeUndefined();
  });
});

describe('a stale Case', () => {
  it('refuses a second exec with StaleCaseError and sends nothing', async () => {
    const c = await sales().getCase(2);
    const won = await c.exec('won', { closing_notes: 'signed' });
    expect(currentForm(2)).toBe('won');
    const error = await rejectionOf(c.exec('lost', { reason: 'too late' }));
    expect(error).toBeInstanceOf(StaleCaseError);
    expect(error).toMatchObject({ caseNumber: 2 });
    expect(error.message).toContain('out of date');
    expect(error.message).toContain('exec() already moved the case');
    expect(error.message).toContain('getCase(2)');
    expect(currentForm(2)).toBe('won');
    expect(won.closed).toBe(true);
  });

  it('the Case that exec resolved can exec again', async () => {
    const lead = await sales().getCase(1);
    const qualified = await lead.exec('qualification', { customer_name: 'Initech' });
    await qualified.exec('lost', { reason: 'budget' });
    expect(currentForm(1)).toBe('lost');
    expect(await rejectionOf(lead.exec('qualification', {}))).toBeInstanceOf(StaleCaseError);
  });
});
