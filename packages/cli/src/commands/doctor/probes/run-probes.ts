// Runs the probes (read-only first, then, with consent, the write probes) and turns their findings
// into report rows: each with its assumption's source from the registry, and for a refuted one the
// advice (the probe's own, then the registry's `ifWrong`) and the emulator flags that reproduce it.
import { ASSUMPTIONS, type Assumption, type AssumptionId } from '@blizwork/client';
import type { Finding, Probe, ProbeContext, ProbeResult } from './probe-types.js';
import { READ_PROBES } from './read-probes.js';
import { WRITE_PROBES } from './write-probes.js';

/** Every probe, in the order they run. */
export const PROBES: readonly Probe[] = [...READ_PROBES, ...WRITE_PROBES];

/** The ids the probes settle, for `--only` and its help. */
export const PROBED_ASSUMPTIONS: readonly AssumptionId[] = [
  ...new Set(PROBES.flatMap((probe) => probe.assumptions)),
];

const registry: ReadonlyMap<string, Assumption> = new Map(
  ASSUMPTIONS.map((assumption) => [assumption.id, assumption]),
);

/**
 * The `blizwork-emulator` flags that serve the other reading of an assumption (from the emulator's
 * own switch table), e.g. `--include-levels exact`; undefined when no switch serves it.
 */
async function reproduceFlags(id: AssumptionId): Promise<string | undefined> {
  if (id === 'reads-result-envelope') return '--status-envelope <operationId>';
  const { ASSUMPTION_SWITCHES, assumptionFlag } = await import('@blizwork/emulator/core');
  for (const [name, definition] of Object.entries(ASSUMPTION_SWITCHES)) {
    if (definition.assumption !== id) continue;
    const [, ...others] = Object.keys(definition.values);
    return others
      .map((value) => assumptionFlag(name as keyof typeof ASSUMPTION_SWITCHES, value as never))
      .join(' or ');
  }
  return undefined;
}

/** A finding as a report row. */
async function toResult(finding: Finding): Promise<ProbeResult> {
  const assumption = registry.get(finding.assumption);
  const row: ProbeResult = {
    assumption: finding.assumption,
    source: assumption?.source ?? 'inferred',
    probe: finding.probe,
    result: finding.result,
    evidence: finding.evidence,
  };
  if (finding.result !== 'refuted') return row;
  const advice = [finding.advice, assumption?.ifWrong].filter(Boolean).join(' ');
  const reproduce = await reproduceFlags(finding.assumption);
  return {
    ...row,
    ...(advice === '' ? {} : { advice }),
    ...(reproduce === undefined ? {} : { reproduce }),
  };
}

/**
 * Runs the probes that settle `only` (every probe when empty), in order, one request at a time.
 * Write probes without consent report themselves as not run.
 */
export async function runProbes(
  context: ProbeContext,
  only: readonly AssumptionId[] = [],
): Promise<ProbeResult[]> {
  const selected = PROBES.filter(
    (probe) => only.length === 0 || probe.assumptions.some((id) => only.includes(id)),
  );
  const results: ProbeResult[] = [];
  for (const probe of selected) {
    for (const finding of await probe.run(context)) {
      if (only.length === 0 || only.includes(finding.assumption)) {
        results.push(await toResult(finding));
      }
    }
  }
  return results;
}
