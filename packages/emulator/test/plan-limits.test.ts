// Plan limits per company: a named plan in the seed sets the rate, an explicit rate wins, and the
// Free plan caps a company at 10 cases (startCase of case #11 answers code 200).
import { describe, expect, it } from 'vitest';
import {
  PLAN_LIMITS,
  ResultCodes,
  SeedError,
  defaultSeed,
  startEmulator,
  type Seed,
  type SeedCompany,
} from '../src/index.js';
import { ApiClient } from './helpers/api-client.js';
import { acme } from './helpers/use-emulator.js';

/** The default seed with the first company's plan settings replaced. */
const seedWith = (limits: Pick<SeedCompany, 'plan' | 'transactionsPerSecond'>): Seed => ({
  ...defaultSeed,
  companies: defaultSeed.companies.map((company, index) =>
    index === 0 ? { ...company, ...limits } : company,
  ),
});

/** Runs `test` against an emulator started with `seed`, then closes it. */
async function withEmulator(
  seed: Seed,
  test: (api: ApiClient) => Promise<void>,
  transactionsPerSecond?: number,
): Promise<void> {
  const emulator = await startEmulator({ seed, log: () => undefined, transactionsPerSecond });
  try {
    await test(new ApiClient(emulator.url, emulator.token));
  } finally {
    await emulator.close();
  }
}

const listBody = { userId: acme.ana, processId: acme.process, filter: {} };
const startBody = { companyId: acme.companyId, userId: acme.ana, workflowId: acme.process };
const codesOf = async (api: ApiClient, calls: number): Promise<number[]> => {
  const codes: number[] = [];
  for (let i = 0; i < calls; i++) {
    codes.push((await api.call('listCases', listBody)).body.resultCode as number);
  }
  return codes;
};

describe('a plan in the seed', () => {
  it('maps each plan to its documented rate', () => {
    expect(
      Object.fromEntries(
        Object.entries(PLAN_LIMITS).map(([plan, limits]) => [plan, limits.transactionsPerSecond]),
      ),
    ).toEqual({ free: 0, basico: 0.5, medio: 1, avanzado: 5, empresa: 50, corporativo: Infinity });
  });

  it('limits the company to its plan rate (basico: one call per 2 s), over the emulator option', async () => {
    await withEmulator(
      seedWith({ plan: 'basico' }),
      async (api) =>
        expect(await codesOf(api, 2)).toEqual([0, ResultCodes.transactionLimitExceeded]),
      1000,
    );
  });

  it('lets an explicit transactionsPerSecond win over the plan', async () => {
    await withEmulator(seedWith({ plan: 'medio', transactionsPerSecond: 1000 }), async (api) =>
      expect(await codesOf(api, 5)).toEqual([0, 0, 0, 0, 0]),
    );
  });

  it('does not limit the corporativo plan ("maximum capacity")', async () => {
    await withEmulator(
      seedWith({ plan: 'corporativo' }),
      async (api) => expect(await codesOf(api, 20)).toEqual(Array<number>(20).fill(0)),
      0.001,
    );
  });

  it('paces a free company like Básico by default (the freePlan switch: case-cap)', async () => {
    await withEmulator(seedWith({ plan: 'free' }), async (api) =>
      expect(await codesOf(api, 2)).toEqual([0, ResultCodes.transactionLimitExceeded]),
    );
  });

  it("refuses every call of a free company with freePlan 'no-calls' (documented: 0 tx/s)", async () => {
    const emulator = await startEmulator({
      seed: seedWith({ plan: 'free' }),
      assumptions: { freePlan: 'no-calls' },
      log: () => undefined,
    });
    try {
      const api = new ApiClient(emulator.url, emulator.token);
      expect(await codesOf(api, 1)).toEqual([ResultCodes.transactionLimitExceeded]);
    } finally {
      await emulator.close();
    }
  });
});

describe('the Free plan case cap', () => {
  it('starts cases up to the 10th and refuses the 11th with code 200', async () => {
    // An explicit rate lets the calls through, so that the cap is what refuses.
    await withEmulator(seedWith({ plan: 'free', transactionsPerSecond: 1000 }), async (api) => {
      const seeded = defaultSeed.cases?.filter((entry) => entry.companyId === acme.companyId);
      const replies = [];
      for (let n = seeded?.length ?? 0; n <= 10; n++) {
        replies.push((await api.call('startCase', startBody)).body);
      }
      expect(replies.at(-2)).toMatchObject({ resultCode: 0 });
      expect(replies.at(-1)).toEqual({
        resultCode: ResultCodes.transactionLimitExceeded,
        resultMessage: "plan case limit reached: the company's plan handles 10 cases",
      });
      const draft = await api.call('startCase', { ...startBody, environment: 'draft' });
      expect(draft.body.resultCode).toBe(ResultCodes.transactionLimitExceeded);
    });
  });

  it('is not applied to paid plans', async () => {
    await withEmulator(seedWith({ plan: 'empresa', transactionsPerSecond: 1000 }), async (api) => {
      for (let n = 0; n < 12; n++) {
        expect((await api.call('startCase', startBody)).body.resultCode).toBe(0);
      }
    });
  });

  it('rejects a seed giving a free company more than 10 cases', async () => {
    const seed = seedWith({ plan: 'free' });
    const cases = Array.from({ length: 11 }, () => ({
      companyId: acme.companyId,
      processId: acme.process,
      environment: 'draft' as const,
    }));
    const error = await startEmulator({ seed: { ...seed, cases } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).problems).toContain(
      'companies[0].plan: the free plan handles 10 cases, but the seed gives the company 11',
    );
  });

  it('rejects an unknown plan name in the seed', async () => {
    const error = await startEmulator({ seed: seedWith({ plan: 'gold' as never }) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SeedError);
    expect(String((error as SeedError).problems)).toMatch(
      /companies\/0\/plan|companies\[0\]\.plan/,
    );
  });
});
