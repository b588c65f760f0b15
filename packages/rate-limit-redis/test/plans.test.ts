// The plan table here must agree with the SDK's, which is what `rateLimit: { plan }` paces to.
import { PLAN_TRANSACTIONS_PER_SECOND as SDK_PLANS } from '@blizwork/sdk';
import { describe, expect, it } from 'vitest';
import { PLAN_TRANSACTIONS_PER_SECOND } from '../src/index.js';

describe('PLAN_TRANSACTIONS_PER_SECOND', () => {
  it('gives every plan the rate the SDK gives it', () => {
    for (const [plan, rate] of Object.entries(PLAN_TRANSACTIONS_PER_SECOND)) {
      expect(SDK_PLANS[plan as keyof typeof SDK_PLANS], plan).toBe(rate);
    }
  });
});
