// The plans come from the spec's `x-blizwork-plans`, through scripts/generate-plans.mjs: what it
// generates from the repository's spec, and how it refuses a malformed section (a typo in the
// spec fails `pnpm generate`; it never ships as undefined).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PLAN_NAMES, PLANS, PLAN_TRANSACTIONS_PER_SECOND } from '../src/index.js';

const script = fileURLToPath(new URL('../scripts/generate-plans.mjs', import.meta.url));
const specPath = fileURLToPath(new URL('../../../spec/blizwork.openapi.yaml', import.meta.url));
const spec = parse(readFileSync(specPath, 'utf8')) as Record<string, unknown>;
const plansOf = (document: Record<string, unknown>) =>
  (document['x-blizwork-plans'] as { plans: Record<string, Record<string, unknown>> }).plans;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Runs the generator on a changed copy of the spec; returns its exit status, stderr and output. */
function generate(change: (plans: Record<string, Record<string, unknown>>) => void) {
  const folder = mkdtempSync(join(tmpdir(), 'blizwork-plans-'));
  folders.push(folder);
  const copy = structuredClone(spec);
  change(plansOf(copy));
  writeFileSync(join(folder, 'spec.yaml'), stringify(copy));
  const run = spawnSync(
    process.execPath,
    [script, '--spec', join(folder, 'spec.yaml'), '--out', folder],
    {
      encoding: 'utf8',
    },
  );
  return { status: run.status, stderr: run.stderr, folder };
}

describe('the plans', () => {
  it("are the spec's, every one with its documented rate", () => {
    const documented = plansOf(spec);
    expect(PLAN_NAMES).toEqual(Object.keys(documented));
    for (const name of PLAN_NAMES) {
      const rate = documented[name]!.transactionsPerSecond;
      expect(PLAN_TRANSACTIONS_PER_SECOND[name], name).toBe(
        rate === 'maximum capacity' ? Infinity : rate,
      );
      expect(PLANS[name].transactionsPerSecond, name).toBe(PLAN_TRANSACTIONS_PER_SECOND[name]);
    }
    expect(PLANS.free).toMatchObject({
      maxCases: 10,
      pacingTransactionsPerSecond: PLANS.basico.transactionsPerSecond,
    });
  });

  it.each<[string, (plans: Record<string, Record<string, unknown>>) => void, RegExp]>([
    [
      'a rate that is not a number',
      (plans) => void (plans.medio!.transactionsPerSecond = 'one'),
      /plans\.medio: transactionsPerSecond is a number/,
    ],
    [
      'a plan of 0 without paceAs',
      (plans) => void delete plans.free!.paceAs,
      /plans\.free: a plan of 0 transactions per second needs `paceAs`/,
    ],
    [
      'paceAs naming no plan',
      (plans) => void (plans.free!.paceAs = 'gold'),
      /plans\.free\.paceAs: names another plan/,
    ],
    [
      'an unknown member',
      (plans) => void (plans.basico!.rate = 1),
      /plans\.basico: unknown member rate/,
    ],
    [
      'a plan without its source',
      (plans) => void delete plans.empresa!['x-blizwork-source'],
      /plans\.empresa: needs x-blizwork-source/,
    ],
    [
      'a case cap that is not a positive integer',
      (plans) => void (plans.free!.maxCases = 0),
      /plans\.free: maxCases is a positive integer/,
    ],
  ])('refuses %s, naming the plan', (_label, change, message) => {
    const run = generate(change);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
  });

  it('generates the same module from an unchanged copy', () => {
    const run = generate(() => undefined);
    expect(run.status, run.stderr).toBe(0);
    const generated = readFileSync(join(run.folder, 'plans.gen.ts'), 'utf8');
    expect(generated).toContain('export const PLANS');
    expect(generated).toContain('pacingTransactionsPerSecond: 0.5');
  });
});
