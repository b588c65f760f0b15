// The plans are the SDK's (from the spec, through @blizwork/client): one table, all six plans.
import { PLANS as SDK_PLANS, PLAN_TRANSACTIONS_PER_SECOND as SDK_RATES } from '@blizwork/sdk';
import { describe, expect, it } from 'vitest';
import { PLANS, PLAN_TRANSACTIONS_PER_SECOND, type PlanName } from '../src/index.js';

describe('the plans', () => {
  it("are the SDK's own table, every plan of it", () => {
    expect(PLANS).toBe(SDK_PLANS);
    expect(PLAN_TRANSACTIONS_PER_SECOND).toBe(SDK_RATES);
    const names: PlanName[] = ['free', 'basico', 'medio', 'avanzado', 'empresa', 'corporativo'];
    expect(Object.keys(PLANS)).toEqual(names);
  });
});
