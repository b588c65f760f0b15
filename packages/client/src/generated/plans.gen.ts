// generated, do not edit: written by packages/client/scripts/generate-plans.mjs from the
// spec's `x-blizwork-plans`. Run `pnpm generate` at the repository root to regenerate.

/** A BlizWork plan, by the name the documentation uses (lower case, no accents). */
export type PlanName = 'free' | 'basico' | 'medio' | 'avanzado' | 'empresa' | 'corporativo';

/** What the spec says about one plan (`x-blizwork-plans`). */
export interface PlanFacts {
  /** The plan as the documentation names it, e.g. `Básico`. */
  readonly name: string;
  /**
   * The documented limit, in transactions per second per company; `Infinity` for "maximum
   * capacity". Over it, the server refuses a call with result code 200.
   */
  readonly transactionsPerSecond: number;
  /**
   * The rate clients pace the plan's calls to: `transactionsPerSecond`, except for a plan
   * documented at 0 whose calls are assumed to work (the Free plan, paced like Básico).
   */
  readonly pacingTransactionsPerSecond: number;
  /** How many cases the plan handles (the Free plan's 10); `undefined`: no documented cap. */
  readonly maxCases: number | undefined;
}

/** Every plan, in the order of the documentation (slowest first). */
export const PLAN_NAMES: readonly PlanName[] = /* @__PURE__ */ Object.freeze([
  'free',
  'basico',
  'medio',
  'avanzado',
  'empresa',
  'corporativo',
] as const);

/** The plans and their limits, from the spec (`x-blizwork-plans`; documentation page P5). */
export const PLANS: Readonly<Record<PlanName, PlanFacts>> = /* @__PURE__ */ Object.freeze({
  free: Object.freeze({
    name: 'Free',
    transactionsPerSecond: 0,
    pacingTransactionsPerSecond: 0.5,
    maxCases: 10,
  }),
  basico: Object.freeze({
    name: 'Básico',
    transactionsPerSecond: 0.5,
    pacingTransactionsPerSecond: 0.5,
    maxCases: undefined,
  }),
  medio: Object.freeze({
    name: 'Medio',
    transactionsPerSecond: 1,
    pacingTransactionsPerSecond: 1,
    maxCases: undefined,
  }),
  avanzado: Object.freeze({
    name: 'Avanzado',
    transactionsPerSecond: 5,
    pacingTransactionsPerSecond: 5,
    maxCases: undefined,
  }),
  empresa: Object.freeze({
    name: 'Empresa',
    transactionsPerSecond: 50,
    pacingTransactionsPerSecond: 50,
    maxCases: undefined,
  }),
  corporativo: Object.freeze({
    name: 'Corporativo',
    transactionsPerSecond: Infinity,
    pacingTransactionsPerSecond: Infinity,
    maxCases: undefined,
  }),
});

/**
 * The documented transactions-per-second limit of each plan: `corporativo` is "maximum
 * capacity" (`Infinity`); `free` is documented as 0 (see `PLANS.free.pacingTransactionsPerSecond`).
 */
export const PLAN_TRANSACTIONS_PER_SECOND: Readonly<Record<PlanName, number>> =
  /* @__PURE__ */ Object.freeze({
    free: 0,
    basico: 0.5,
    medio: 1,
    avanzado: 5,
    empresa: 50,
    corporativo: Infinity,
  });
