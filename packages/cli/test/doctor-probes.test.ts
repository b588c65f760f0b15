// Every probe of `doctor --probe` is proven to tell the two readings of its assumption apart: run
// against the emulator with the assumption's switch at its default, it confirms the assumption;
// with the switch at the other reading, it refutes it (and says what to do and how to reproduce it).
import type { AssumptionId } from '@blizwork/client';
import { defaultSeed, type AssumptionOptions, type EmulatorOptions } from '@blizwork/emulator';
import { describe, expect, it } from 'vitest';
import type { DoctorOptions } from '../src/commands/doctor/run-doctor.js';
import type { ProbeVerdict } from '../src/commands/doctor/probes/probe-types.js';
import type { Settings } from '../src/config/settings.js';
import { doctorAgainstEmulator, rowsOf } from './helpers/doctor.js';

const reads: Partial<DoctorOptions> = {
  probe: true,
  process: 'sales-process',
  caseNumber: 2,
  table: 'Clientes',
};
const writes: Partial<DoctorOptions> = { ...reads, writeDraft: true, table: 'DoctorScratch' };

/** The verdicts of `id`'s rows (those whose probe matches `probe`, when given). */
async function verdicts(
  id: AssumptionId,
  options: Partial<DoctorOptions>,
  emulator: EmulatorOptions,
  probe?: RegExp,
  adjust?: (settings: Settings) => Settings,
): Promise<ProbeVerdict[]> {
  const report = await doctorAgainstEmulator(emulator, { ...options, only: [id] }, adjust);
  const rows = rowsOf(report, id).filter((row) => probe === undefined || probe.test(row.probe));
  expect(rows.length, JSON.stringify(report.probes, null, 2)).toBeGreaterThan(0);
  for (const row of rows) {
    if (row.result === 'refuted') {
      expect(row.advice, row.assumption).toBeTruthy();
      for (const line of row.evidence)
        expect(line).not.toContain(defaultSeed.companies[0]!.tokens[0]);
    }
  }
  return rows.map((row) => row.result);
}

interface Case {
  readonly id: AssumptionId;
  readonly options: Partial<DoctorOptions>;
  /** The switch at the other reading. */
  readonly refuting: AssumptionOptions;
  readonly probe?: RegExp;
  readonly emulator?: EmulatorOptions;
  /** The profile's settings, e.g. its pace. */
  readonly adjust?: (settings: Settings) => Settings;
}

const cases: readonly Case[] = [
  {
    id: 'path-forms-both',
    options: reads,
    refuting: { pathForms: 'with-slash' },
    probe: /^listCases|^getCase|^queryMasterData/,
  },
  {
    id: 'path-forms-both',
    options: reads,
    refuting: { pathForms: 'without-slash' },
    probe: /^listCases|^getCase|^queryMasterData/,
  },
  {
    id: 'path-forms-both',
    options: writes,
    refuting: { pathForms: 'without-slash' },
    probe: /^\/exec/,
  },
  { id: 'include-cumulative', options: reads, refuting: { includeLevels: 'exact' } },
  {
    id: 'environment-default-production',
    options: reads,
    refuting: { readEnvironment: 'draft' },
    probe: /^listCases/,
  },
  { id: 'reads-result-envelope', options: reads, refuting: { statusEnvelope: ['listCases'] } },
  {
    id: 'unknown-body-members-tolerated',
    options: reads,
    refuting: { unknownReadMembers: 'rejected' },
  },
  { id: 'business-errors-http-200', options: reads, refuting: { errorStatus: 'http-status' } },
  { id: 'not-found-is-result-code', options: reads, refuting: { errorStatus: 'http-status' } },
  { id: 'init-environment', options: writes, refuting: { initEnvironment: 'ignored' } },
  { id: 'exec-repeat-refused', options: writes, refuting: { repeatedExec: 'acknowledged' } },
  { id: 'upsert-updates-all-matches', options: writes, refuting: { upsertMatches: 'first' } },
  {
    id: 'code-200-refused-before-running',
    options: writes,
    refuting: { transactionLimit: 'after-work' },
    // One call per 2 s, and the profile paced to it: the burst's first calls are over the limit.
    emulator: { transactionsPerSecond: 0.5 },
    adjust: (settings) => ({
      ...settings,
      rateLimit: { transactionsPerSecond: 0.5 },
      pace: '--tps 0.5',
    }),
  },
];

describe('doctor --probe discriminates', () => {
  it.each(
    cases.map((entry) => [`${entry.id} (${JSON.stringify(entry.refuting)})`, entry] as const),
  )(
    '%s: confirmed by default, refuted with the switch',
    async (_label, entry) => {
      const emulator = entry.emulator ?? {};
      const { id, options, probe, adjust } = entry;
      expect(await verdicts(id, options, emulator, probe, adjust)).toEqual(
        expect.arrayContaining(['confirmed']),
      );
      const switched = { ...emulator, assumptions: entry.refuting };
      const refuted = await verdicts(id, options, switched, probe, adjust);
      expect(refuted).toContain('refuted');
      expect(refuted).not.toContain('confirmed');
    },
    60_000,
  );

  it('free-plan-callable: confirmed on a Free company by default (case-cap), refuted with freePlan no-calls', async () => {
    const seed = {
      ...defaultSeed,
      companies: defaultSeed.companies.map((company, index) =>
        index === 0 ? { ...company, plan: 'free' as const } : company,
      ),
    };
    const onFree = (
      settings: Parameters<Parameters<typeof doctorAgainstEmulator>[2] & object>[0],
    ) => ({
      ...settings,
      rateLimit: { plan: 'free' as const },
      pace: 'plan free',
    });
    const run = async (assumptions: AssumptionOptions) =>
      rowsOf(
        await doctorAgainstEmulator(
          { seed, assumptions },
          { ...reads, only: ['free-plan-callable'] },
          onFree,
        ),
        'free-plan-callable',
      ).map((row) => row.result);
    expect(await run({})).toEqual(['confirmed']);
    expect(await run({ freePlan: 'no-calls' })).toEqual(['refuted']);
  }, 60_000);

  it('confirms what no switch breaks, and does not run what cannot be run safely', async () => {
    const report = await doctorAgainstEmulator({}, writes);
    const verdictOf = (id: AssumptionId) => rowsOf(report, id).map((row) => row.result);
    expect(verdictOf('upsert-insert-merges-filter')).toEqual(['confirmed']);
    expect(verdictOf('filter-equality')).toEqual(['confirmed']);
    // Every process of the emulator is published: /init without environment could start a
    // production case, so that probe does not run.
    const initDefault = rowsOf(report, 'environment-default-production').find((row) =>
      row.probe.startsWith('/init'),
    );
    expect(initDefault?.result).toBe('inconclusive');
    expect(initDefault?.evidence[0]).toMatch(/is published/);
    expect(report.probes?.filter((row) => row.result === 'refuted')).toEqual([]);
  });

  it('reports the write probes as not run without --write-draft, and writes nothing', async () => {
    const report = await doctorAgainstEmulator({}, reads);
    for (const id of [
      'init-environment',
      'exec-repeat-refused',
      'upsert-updates-all-matches',
      'code-200-refused-before-running',
    ] as const) {
      expect(rowsOf(report, id).map((row) => row.evidence[0])).toEqual([
        expect.stringMatching(/^not run: a write probe/),
      ]);
    }
  });
});
