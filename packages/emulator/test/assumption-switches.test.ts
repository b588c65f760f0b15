// The `assumptions` option: every switch at its default (the SDK's reading) and at its other
// value(s), against a real emulator over HTTP; then the option's checks and the CLI flags, which
// come from the same table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, usage } from '../src/cli/cli-args.js';
import {
  ASSUMPTION_SWITCHES,
  DEFAULT_ASSUMPTIONS,
  resolveAssumptions,
  switchValues,
  type AssumptionOptions,
} from '../src/domain/assumptions.js';
import {
  ResultCodes,
  createEmulator,
  defaultSeed,
  startEmulator,
  type Emulator,
  type Seed,
} from '../src/index.js';
import { ApiClient, operationPath, type ApiReply } from './helpers/api-client.js';
import { acme, leadExecBody } from './helpers/use-emulator.js';

/** Runs `test` against an emulator started with these switches (and options), then closes it. */
async function withSwitches(
  assumptions: AssumptionOptions,
  test: (api: ApiClient, emulator: Emulator) => Promise<void>,
  options: { seed?: Seed; transactionsPerSecond?: number } = {},
): Promise<void> {
  const emulator = await startEmulator({ assumptions, log: () => undefined, ...options });
  try {
    await test(new ApiClient(emulator.url, emulator.token), emulator);
  } finally {
    await emulator.close();
  }
}

/** POSTs without the spec check (for replies a switch makes differ from the spec on purpose). */
async function post(
  emulator: Emulator,
  path: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> | string }> {
  const response = await fetch(emulator.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  } catch {
    return { status: response.status, body: text };
  }
}

const listBody = { userId: acme.ana, processId: acme.process, filter: {} };
const getBody = (include: number, extra: Record<string, unknown> = {}) => ({
  userId: acme.ana,
  processId: acme.process,
  caseNumber: 2,
  include,
  ...extra,
});
const codeOf = (reply: ApiReply): unknown => reply.body.resultCode;

describe('pathForms', () => {
  it('answers both forms by default, one form only when switched', async () => {
    const statuses = async (assumptions: AssumptionOptions) => {
      let result: number[] = [];
      await withSwitches(assumptions, async (_api, emulator) => {
        result = await Promise.all(
          (['with', 'without'] as const).map(
            async (slash) =>
              (
                await post(
                  emulator,
                  operationPath('listCases', emulator.token, { slash }),
                  listBody,
                )
              ).status,
          ),
        );
      });
      return result;
    };
    expect(await statuses({})).toEqual([200, 200]);
    expect(await statuses({ pathForms: 'with-slash' })).toEqual([200, 404]);
    expect(await statuses({ pathForms: 'without-slash' })).toEqual([404, 200]);
  });
});

describe('includeLevels', () => {
  it('adds up the levels by default, and shows only the level asked for when exact', async () => {
    await withSwitches({}, async (api) => {
      const level3 = (await api.call('getCase', getBody(3))).body.payload;
      expect(Object.keys(level3)).toEqual(
        expect.arrayContaining(['userInfo', 'history', 'processDefinition']),
      );
    });
    await withSwitches({ includeLevels: 'exact' }, async (api) => {
      const level3 = (await api.call('getCase', getBody(3))).body.payload;
      expect(level3).toHaveProperty('processDefinition');
      expect(level3).not.toHaveProperty('history');
      expect(level3).not.toHaveProperty('userInfo');
      const level2 = (await api.call('getCase', getBody(2))).body.payload;
      expect(level2).toHaveProperty('history');
      expect(level2).not.toHaveProperty('processDefinition');
      expect((await api.call('getCase', getBody(0))).body.payload).not.toHaveProperty('history');
    });
  });
});

describe('readEnvironment', () => {
  it('reads production when the body names no environment, draft when switched', async () => {
    const environmentRead = async (assumptions: AssumptionOptions) => {
      let environment: unknown;
      await withSwitches(assumptions, async (api) => {
        const body = { userId: acme.ana, processId: acme.process, caseNumber: 1 };
        environment = (await api.call('getCase', body)).body.payload.environment;
        const listed = (await api.call('listCases', listBody)).body.payload as {
          environment: string;
        }[];
        expect(new Set(listed.map((summary) => summary.environment))).toEqual(
          new Set([environment]),
        );
        // A named environment always wins.
        const named = await api.call('getCase', { ...body, environment: 'production' });
        expect(named.body.payload.environment).toBe('production');
      });
      return environment;
    };
    expect(await environmentRead({})).toBe('production');
    expect(await environmentRead({ readEnvironment: 'draft' })).toBe('draft');
  });
});

describe('unknownReadMembers', () => {
  it('ignores members a read does not know by default, refuses them (code 100) when switched', async () => {
    const body = { ...listBody, probe: true, another: 1 };
    await withSwitches({}, async (api) => {
      expect(codeOf(await api.call('listCases', body))).toBe(0);
    });
    await withSwitches({ unknownReadMembers: 'rejected' }, async (api) => {
      expect((await api.call('listCases', body)).body).toEqual({
        resultCode: ResultCodes.malformedRequest,
        resultMessage: 'unknown member(s): another, probe',
      });
      // Known members only: still answered; writes are not concerned.
      expect(codeOf(await api.call('listCases', listBody))).toBe(0);
      const upsert = { userId: acme.ana, table: 'T', filter: { a: 1 }, update: {}, probe: 1 };
      expect(codeOf(await api.call('upsertMasterData', upsert))).toBe(0);
    });
  });
});

describe('initEnvironment', () => {
  it("starts a draft case for environment: 'draft' by default, a production case when ignored", async () => {
    const startDraft = { companyId: acme.companyId, userId: acme.ana, workflowId: acme.process };
    await withSwitches({}, async (api, emulator) => {
      const { caseNumber } = (await api.call('startCase', { ...startDraft, environment: 'draft' }))
        .body;
      expect(
        emulator.readCase({ processId: acme.process, caseNumber, environment: 'draft' }),
      ).toBeDefined();
    });
    await withSwitches({ initEnvironment: 'ignored' }, async (api, emulator) => {
      const { caseNumber } = (await api.call('startCase', { ...startDraft, environment: 'draft' }))
        .body;
      expect(caseNumber).toBe(4); // production's next number (the seed has production #1-#3)
      expect(emulator.readCase({ processId: acme.process, caseNumber })?.environment).toBe(
        'production',
      );
    });
  });
});

describe('freePlan', () => {
  const freeSeed: Seed = {
    ...defaultSeed,
    companies: defaultSeed.companies.map((company, index) =>
      index === 0 ? { ...company, plan: 'free' } : company,
    ),
  };

  it("paces a free company like Básico by default, and refuses every call when 'no-calls'", async () => {
    await withSwitches(
      {},
      async (api) => {
        const codes = [
          codeOf(await api.call('listCases', listBody)),
          codeOf(await api.call('listCases', listBody)),
        ];
        expect(codes).toEqual([0, ResultCodes.transactionLimitExceeded]);
      },
      { seed: freeSeed },
    );
    await withSwitches(
      { freePlan: 'no-calls' },
      async (api) => {
        expect(codeOf(await api.call('listCases', listBody))).toBe(
          ResultCodes.transactionLimitExceeded,
        );
      },
      { seed: freeSeed },
    );
  });
});

describe('transactionLimit', () => {
  const upsert = (n: number) => ({ userId: acme.ana, table: 'Burst', filter: { n }, update: {} });

  it('refuses before the write runs by default, after it ran when switched', async () => {
    const landed = async (assumptions: AssumptionOptions) => {
      let rows: unknown[] = [];
      await withSwitches(
        assumptions,
        async (api, emulator) => {
          expect(codeOf(await api.call('upsertMasterData', upsert(1)))).toBe(0);
          expect(codeOf(await api.call('upsertMasterData', upsert(2)))).toBe(
            ResultCodes.transactionLimitExceeded,
          );
          rows = emulator.readTable('Burst') ?? [];
        },
        { transactionsPerSecond: 0.001 },
      );
      return rows;
    };
    expect(await landed({})).toEqual([{ n: 1 }]);
    expect(await landed({ transactionLimit: 'after-work' })).toEqual([{ n: 1 }, { n: 2 }]);
  });
});

describe('errorStatus', () => {
  it('answers business errors with HTTP 200 by default, with a matching 4xx when switched', async () => {
    const statusesOf = async (assumptions: AssumptionOptions) => {
      const statuses: number[] = [];
      await withSwitches(assumptions, async (api, emulator) => {
        const bad = operationPath('listCases', 'no-such-token');
        statuses.push((await post(emulator, bad, listBody)).status);
        const list = operationPath('listCases', emulator.token);
        statuses.push((await post(emulator, list, { userId: acme.ana })).status);
        statuses.push((await post(emulator, list, { ...listBody, processId: 'nope' })).status);
        statuses.push((await post(emulator, list, listBody)).status);
        void api;
      });
      return statuses;
    };
    expect(await statusesOf({})).toEqual([200, 200, 200, 200]);
    expect(await statusesOf({ errorStatus: 'http-status' })).toEqual([401, 400, 404, 200]);
  });
});

describe('upsertMatches', () => {
  it('updates every matching record by default, the first only when switched', async () => {
    const updatedRows = async (assumptions: AssumptionOptions) => {
      let rows: unknown[] = [];
      await withSwitches(assumptions, async (api, emulator) => {
        const write = (filter: object, update: object) =>
          api.call('upsertMasterData', { userId: acme.ana, table: 'Pair', filter, update });
        await write({ group: 'g', n: 1 }, {});
        await write({ group: 'g', n: 2 }, {});
        expect((await write({ group: 'g' }, { seen: true })).body.payload).toEqual(
          expect.objectContaining({ inserted: 0 }),
        );
        rows = (emulator.readTable('Pair') ?? []).filter((row) => row.seen === true);
      });
      return rows.length;
    };
    expect(await updatedRows({})).toBe(2);
    expect(await updatedRows({ upsertMatches: 'first' })).toBe(1);
  });
});

describe('repeatedExec', () => {
  it('refuses a repeated exec by default, answers it code 0 without acting when acknowledged', async () => {
    const repeat = async (assumptions: AssumptionOptions) => {
      let outcome: { code: unknown; steps: number | undefined } = { code: undefined, steps: 0 };
      await withSwitches(assumptions, async (api, emulator) => {
        expect(codeOf(await api.call('executeActivity', leadExecBody()))).toBe(0);
        const code = codeOf(await api.call('executeActivity', leadExecBody()));
        const steps = emulator.readCase({ processId: acme.process, caseNumber: 1 })?.history.length;
        outcome = { code, steps };
      });
      return outcome;
    };
    expect(await repeat({})).toEqual({ code: ResultCodes.notCurrentActivity, steps: 2 });
    expect(await repeat({ repeatedExec: 'acknowledged' })).toEqual({ code: 0, steps: 2 });
  });

  it('still refuses, when acknowledged, an exec of a form the case never left', async () => {
    await withSwitches({ repeatedExec: 'acknowledged' }, async (api) => {
      const reply = await api.call('executeActivity', leadExecBody({ formId: 'qualification' }));
      expect(codeOf(reply)).toBe(ResultCodes.notCurrentActivity);
    });
  });
});

describe('statusEnvelope', () => {
  it('is a switch too, merged with the top-level statusEnvelope option', async () => {
    const emulator = createEmulator({
      assumptions: { statusEnvelope: ['getCase'] },
      statusEnvelope: ['listCases'],
      log: () => undefined,
    });
    const ask = async (id: 'getCase' | 'listCases', body: object) => {
      const response = await emulator.fetch(emulator.url + operationPath(id, emulator.token), {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return Object.keys((await response.json()) as object);
    };
    expect(await ask('getCase', getBody(0))).toContain('status');
    expect(await ask('listCases', listBody)).toContain('status');
    await emulator.close();
  });
});

describe('the assumptions option', () => {
  it('defaults every switch to its first value', () => {
    expect(resolveAssumptions(undefined)).toBe(DEFAULT_ASSUMPTIONS);
    for (const name of Object.keys(ASSUMPTION_SWITCHES) as (keyof typeof ASSUMPTION_SWITCHES)[]) {
      expect(DEFAULT_ASSUMPTIONS[name]).toBe(switchValues(name)[0]);
    }
  });

  it.each<[string, unknown, RegExp]>([
    ['a non-object', 'strict', /assumptions must be an object/],
    [
      'an unknown switch',
      { pathForm: 'both' },
      /assumptions\.pathForm is not a switch \(switches: pathForms, /,
    ],
    [
      'an unknown value',
      { pathForms: 'strict' },
      /assumptions\.pathForms must be one of both, without-slash, with-slash/,
    ],
    [
      'a statusEnvelope that is not a list',
      { statusEnvelope: 'getCase' },
      /statusEnvelope must be an array/,
    ],
  ])('refuses %s with a TypeError naming the switch and its values', (_label, value, message) => {
    expect(() => createEmulator({ assumptions: value as never })).toThrow(message);
  });

  it('refuses a statusEnvelope operation the spec does not have', () => {
    expect(() => createEmulator({ assumptions: { statusEnvelope: ['nope' as never] } })).toThrow(
      /statusEnvelope: no operation 'nope'/,
    );
  });
});

describe('the blizwork-emulator flags', () => {
  it('has one flag per switch, parsed into the assumptions option', () => {
    expect(parseCliArgs([])).toMatchObject({ assumptions: {} });
    expect(
      parseCliArgs([
        '--path-forms',
        'with-slash',
        '--free-plan',
        'no-calls',
        '--status-envelope',
        'getCase',
        '--status-envelope',
        'listCases',
      ]),
    ).toMatchObject({
      assumptions: {
        pathForms: 'with-slash',
        freePlan: 'no-calls',
        statusEnvelope: ['getCase', 'listCases'],
      },
    });
    for (const name of Object.keys(ASSUMPTION_SWITCHES)) {
      const flag = `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
      expect(usage).toContain(flag);
    }
  });

  it('are all documented in the README, with every value', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Assumption switches'));
    for (const name of Object.keys(ASSUMPTION_SWITCHES) as (keyof typeof ASSUMPTION_SWITCHES)[]) {
      expect(section).toContain(`\`${name}\``);
      for (const value of switchValues(name))
        expect(section, `${name}: ${value}`).toContain(`\`${value}\``);
    }
  });

  it('refuses a value the switch does not have, listing the values', () => {
    expect(() => parseCliArgs(['--include-levels', 'some'])).toThrow(
      '--include-levels must be one of cumulative, exact, got some',
    );
  });
});
