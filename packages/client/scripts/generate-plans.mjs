// Writes src/generated/plans.gen.ts from the spec's top-level `x-blizwork-plans`: BlizWork's plans
// and their documented limits. The SDK (`rateLimit: { plan }`), the emulator (a seed company's
// `plan`) and `@blizwork/rate-limit-redis` import them from there, so the plans have one definition:
// the spec. The section is checked strictly (a typo in the spec fails `pnpm generate`, it never
// ships as `undefined`).
//
// Usage: node scripts/generate-plans.mjs [--spec <openapi.yaml>] [--out <folder>]
// (defaults: the repository's spec and src/generated). Every run on the same spec is identical.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generatorArgs } from './generator-args.mjs';

const values = generatorArgs();

/** The spec's word for a plan without a number ("máxima capacidad"): no limit, no pacing. */
const MAXIMUM_CAPACITY = 'maximum capacity';
const PLAN_ID = /^[a-z][a-z0-9]*$/;
const SOURCES = new Set(['documented', 'wrapper', 'inferred']);

const spec = parse(readFileSync(values.spec, 'utf8'));
const section = spec['x-blizwork-plans'];

function fail(where, problem) {
  throw new Error(`x-blizwork-plans${where}: ${problem}`);
}

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

if (!isRecord(section) || !isRecord(section.plans))
  fail('', 'needs a `plans` map of plan id to plan');

/** One plan of the spec, checked: its id, name, documented rate, case cap and pacing reference. */
function readPlan(id, plan) {
  const where = `.plans.${id}`;
  if (!PLAN_ID.test(id)) fail(where, 'a plan id is lower-case ASCII letters and digits');
  if (!isRecord(plan)) fail(where, 'must be a map');
  const known = new Set(['name', 'transactionsPerSecond', 'maxCases', 'paceAs']);
  for (const key of Object.keys(plan)) {
    if (!known.has(key) && !key.startsWith('x-')) fail(where, `unknown member ${key}`);
  }
  if (typeof plan.name !== 'string' || plan.name === '') fail(where, 'needs a `name`');
  if (!SOURCES.has(plan['x-blizwork-source'])) {
    fail(where, `needs x-blizwork-source: ${[...SOURCES].join(' | ')}`);
  }
  const rate = plan.transactionsPerSecond;
  const rateOk =
    rate === MAXIMUM_CAPACITY || (typeof rate === 'number' && Number.isFinite(rate) && rate >= 0);
  if (!rateOk) fail(where, `transactionsPerSecond is a number >= 0 or "${MAXIMUM_CAPACITY}"`);
  const { maxCases } = plan;
  if (maxCases !== undefined && !(Number.isInteger(maxCases) && maxCases > 0)) {
    fail(where, 'maxCases is a positive integer');
  }
  return { id, name: plan.name, rate, maxCases, paceAs: plan.paceAs };
}

const plans = Object.entries(section.plans).map(([id, plan]) => readPlan(id, plan));
const byId = new Map(plans.map((plan) => [plan.id, plan]));
const numeric = (rate) => (rate === MAXIMUM_CAPACITY ? Infinity : rate);

/** The rate a client paces a plan's calls to: its own, or (paceAs) another plan's. */
function pacingRate(plan) {
  if (plan.paceAs === undefined) {
    if (plan.rate === 0) {
      fail(`.plans.${plan.id}`, 'a plan of 0 transactions per second needs `paceAs`');
    }
    return numeric(plan.rate);
  }
  const other = byId.get(plan.paceAs);
  if (other === undefined || other.paceAs !== undefined || numeric(other.rate) === 0) {
    fail(`.plans.${plan.id}.paceAs`, 'names another plan that has a rate of its own');
  }
  return numeric(other.rate);
}

/** A number as TypeScript source (`Infinity` has no JSON form). */
const literal = (value) =>
  value === Infinity ? 'Infinity' : value === undefined ? 'undefined' : JSON.stringify(value);

const lines = [
  '// generated, do not edit: written by packages/client/scripts/generate-plans.mjs from the',
  "// spec's `x-blizwork-plans`. Run `pnpm generate` at the repository root to regenerate.",
  '',
  '/** A BlizWork plan, by the name the documentation uses (lower case, no accents). */',
  `export type PlanName = ${plans.map((plan) => JSON.stringify(plan.id)).join(' | ')};`,
  '',
  '/** What the spec says about one plan (`x-blizwork-plans`). */',
  'export interface PlanFacts {',
  '  /** The plan as the documentation names it, e.g. `Básico`. */',
  '  readonly name: string;',
  '  /**',
  '   * The documented limit, in transactions per second per company; `Infinity` for "maximum',
  '   * capacity". Over it, the server refuses a call with result code 200.',
  '   */',
  '  readonly transactionsPerSecond: number;',
  '  /**',
  "   * The rate clients pace the plan's calls to: `transactionsPerSecond`, except for a plan",
  '   * documented at 0 whose calls are assumed to work (the Free plan, paced like Básico).',
  '   */',
  '  readonly pacingTransactionsPerSecond: number;',
  "  /** How many cases the plan handles (the Free plan's 10); `undefined`: no documented cap. */",
  '  readonly maxCases: number | undefined;',
  '}',
  '',
  '/** Every plan, in the order of the documentation (slowest first). */',
  `export const PLAN_NAMES: readonly PlanName[] = /* @__PURE__ */ Object.freeze(${JSON.stringify(plans.map((plan) => plan.id))} as const);`,
  '',
  '/** The plans and their limits, from the spec (`x-blizwork-plans`; documentation page P5). */',
  'export const PLANS: Readonly<Record<PlanName, PlanFacts>> = /* @__PURE__ */ Object.freeze({',
];
for (const plan of plans) {
  lines.push(
    `  ${plan.id}: Object.freeze({ name: ${JSON.stringify(plan.name)}, transactionsPerSecond: ${literal(numeric(plan.rate))}, pacingTransactionsPerSecond: ${literal(pacingRate(plan))}, maxCases: ${literal(plan.maxCases)} }),`,
  );
}
lines.push(
  '});',
  '',
  '/**',
  ' * The documented transactions-per-second limit of each plan: `corporativo` is "maximum',
  ' * capacity" (`Infinity`); `free` is documented as 0 (see `PLANS.free.pacingTransactionsPerSecond`).',
  ' */',
  'export const PLAN_TRANSACTIONS_PER_SECOND: Readonly<Record<PlanName, number>> =',
  '  /* @__PURE__ */ Object.freeze({',
  ...plans.map((plan) => `    ${plan.id}: ${literal(numeric(plan.rate))},`),
  '  });',
  '',
);
writeFileSync(join(values.out, 'plans.gen.ts'), lines.join('\n'));
