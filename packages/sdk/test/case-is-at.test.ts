// Case.isAt: the runtime side of the typed processes' type guard.
import { describe, expect, it } from 'vitest';
import { CaseDataMissingError } from '../src/index.node.js';
import { fixtureCase } from './helpers/case-fixture.js';

describe('Case.isAt', () => {
  it('is true only for the form the case waits on', () => {
    const c = fixtureCase();
    expect(c.isAt('qualification')).toBe(true);
    expect(c.isAt('lead')).toBe(false);
    expect(c.isAt('won')).toBe(false);
  });

  it('needs the history, like pendingFormId', () => {
    const c = fixtureCase({ history: undefined }, 0);
    expect(() => c.isAt('qualification')).toThrow(CaseDataMissingError);
  });
});
