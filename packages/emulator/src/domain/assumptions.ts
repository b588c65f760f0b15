// The emulator's assumption switches: where the real BlizWork behaviour is unknown, the emulator
// picks one reading (the default, which the SDK is built on) and can be switched to the other, so a
// client (and `blizwork doctor --probe`) can be tested against both. One table drives the option
// type, its validation, the `blizwork-emulator` flags and their help text.
import type { AssumptionId } from '@blizwork/client';
import type { OperationId } from '../generated/spec.gen.js';

/** One switch: its values (the first is the default) and what each value makes the emulator do. */
interface SwitchDefinition {
  /** The assumption of @blizwork/client's `ASSUMPTIONS` the default follows and the others break. */
  readonly assumption: AssumptionId;
  /** The assumption, in a few words. */
  readonly about: string;
  /** Each value and its behaviour; the first is the default. */
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Every switch and its values, the default first. Exported (as data) for tools that list them,
 * such as the CLI's help text.
 */
export const ASSUMPTION_SWITCHES = Object.freeze({
  pathForms: {
    assumption: 'path-forms-both',
    about: 'which form of each path the server answers',
    values: {
      both: 'every path with and without a trailing slash (as Express routes by default)',
      'without-slash': "only without a trailing slash (the documentation's form)",
      'with-slash': "only with a trailing slash (the Python wrapper's form)",
    },
  },
  includeLevels: {
    assumption: 'include-cumulative',
    about: "what getCase's include levels return",
    values: {
      cumulative: 'each level adds to the one below (3: history and process definition)',
      exact: 'each level returns only its own block (3: the process definition, no history)',
    },
  },
  readEnvironment: {
    assumption: 'environment-default-production',
    about: 'the environment getCase and listCases read when the body names none',
    values: { production: 'production', draft: 'draft' },
  },
  unknownReadMembers: {
    assumption: 'unknown-body-members-tolerated',
    about: "body members a read's request schema does not name",
    values: {
      ignored: 'ignored',
      rejected: 'refused with code 100, naming the members',
    },
  },
  initEnvironment: {
    assumption: 'init-environment',
    about: 'the `environment` member of /init (undocumented)',
    values: {
      honoured: 'starts the case in that environment',
      ignored: 'ignored: every case starts in production',
    },
  },
  freePlan: {
    assumption: 'free-plan-callable',
    about: 'what the Free plan (documented: 0 tx/s, and 10 cases) allows',
    values: {
      'case-cap': "calls at Básico's pace, up to 10 cases (case #11 gets code 200)",
      'no-calls': 'no call at all (0 tx/s: every call gets code 200)',
    },
  },
  transactionLimit: {
    assumption: 'code-200-refused-before-running',
    about: 'when a call over the plan rate gets code 200',
    values: {
      'before-work': 'before the call runs (nothing done)',
      'after-work': 'after the call ran (a write is done, yet answered 200)',
    },
  },
  errorStatus: {
    assumption: 'business-errors-http-200',
    about: 'the HTTP status of business errors',
    values: {
      'http-200': 'HTTP 200 with the non-zero result code',
      'http-status':
        'a matching 4xx (1: 401, 100: 400, 200: 429, 300/301: 403, 31x: 404, 32x/33x: 409)',
    },
  },
  upsertMatches: {
    assumption: 'upsert-updates-all-matches',
    about: 'which records a master-data upsert updates',
    values: { all: 'every matching record', first: 'the first matching record only' },
  },
  repeatedExec: {
    assumption: 'exec-repeat-refused',
    about: 'an exec of the activity the case just left (the same formId and nextFormId again)',
    values: {
      refused: 'refused: the case no longer waits at that form (code 321)',
      acknowledged: 'answered code 0, and nothing changes',
    },
  },
} as const satisfies Readonly<Record<string, SwitchDefinition>>);

/** The name of an assumption switch. */
export type AssumptionSwitchName = keyof typeof ASSUMPTION_SWITCHES;

/** The values of each switch. */
export type AssumptionSwitchValues = {
  readonly [Name in AssumptionSwitchName]: keyof (typeof ASSUMPTION_SWITCHES)[Name]['values'];
};

/**
 * The `assumptions` option: where BlizWork's behaviour is unknown, which reading the emulator
 * follows. Every member is optional; its default is the reading the SDK is built on. See the
 * README's "Assumption switches" for each value.
 */
export type AssumptionOptions = {
  -readonly [Name in AssumptionSwitchName]?: AssumptionSwitchValues[Name];
} & {
  /**
   * Operations (by operationId) that answer in the `{ status, message, payload }` envelope the
   * Python wrapper also reads, instead of `{ resultCode, resultMessage, ... }`.
   * @default [] (every operation answers `resultCode`)
   */
  statusEnvelope?: readonly OperationId[];
};

/** The switches with their defaults applied. */
export type ResolvedAssumptions = AssumptionSwitchValues & {
  readonly statusEnvelope: ReadonlySet<string>;
};

const switchNames = Object.keys(ASSUMPTION_SWITCHES) as AssumptionSwitchName[];

/** The `blizwork-emulator` flag of a switch: `pathForms` is `--path-forms`. */
export const switchFlag = (name: AssumptionSwitchName): string =>
  `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/**
 * The `blizwork-emulator` flags that select one reading, e.g. `--path-forms with-slash`: how to
 * reproduce an assumption found wrong (what `blizwork doctor --probe` prints).
 */
export const assumptionFlag = <Name extends AssumptionSwitchName>(
  name: Name,
  value: AssumptionSwitchValues[Name],
): string => `${switchFlag(name)} ${String(value)}`;

/** The values of a switch, the default first. */
export const switchValues = (name: AssumptionSwitchName): readonly string[] =>
  Object.keys(ASSUMPTION_SWITCHES[name].values);

/** Every switch at its default (the readings the SDK is built on), no status envelope. */
export const DEFAULT_ASSUMPTIONS: ResolvedAssumptions = Object.freeze({
  ...(Object.fromEntries(
    switchNames.map((name) => [name, switchValues(name)[0]]),
  ) as AssumptionSwitchValues),
  statusEnvelope: new Set<string>(),
});

/**
 * Checks the `assumptions` option (and the older top-level `statusEnvelope`, merged into it) and
 * applies the defaults; throws a TypeError naming the bad switch and its values.
 */
export function resolveAssumptions(
  options: unknown,
  statusEnvelope: unknown = undefined,
): ResolvedAssumptions {
  if (options === undefined && statusEnvelope === undefined) return DEFAULT_ASSUMPTIONS;
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError('assumptions must be an object of switches');
  }
  const given = (options ?? {}) as Record<string, unknown>;
  const resolved: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    if (name === 'statusEnvelope') continue;
    if (!Object.hasOwn(ASSUMPTION_SWITCHES, name)) {
      throw new TypeError(
        `assumptions.${name} is not a switch (switches: ${[...switchNames, 'statusEnvelope'].join(', ')})`,
      );
    }
    const values = switchValues(name as AssumptionSwitchName);
    if (value !== undefined && (typeof value !== 'string' || !values.includes(value))) {
      throw new TypeError(`assumptions.${name} must be one of ${values.join(', ')}`);
    }
  }
  for (const name of switchNames) resolved[name] = given[name] ?? DEFAULT_ASSUMPTIONS[name];
  const envelopes = [given.statusEnvelope ?? [], statusEnvelope ?? []];
  for (const list of envelopes) {
    if (!Array.isArray(list) || list.some((id) => typeof id !== 'string')) {
      throw new TypeError('statusEnvelope must be an array of operationIds');
    }
  }
  resolved.statusEnvelope = new Set<string>(envelopes.flat() as string[]);
  return Object.freeze(resolved) as ResolvedAssumptions;
}
