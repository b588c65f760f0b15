// The shapes `doctor --probe` works with: what a probe needs, and what it reports.
import type { AssumptionId, AssumptionSource } from '@blizwork/client';
import type { Exchanger } from '../exchange.js';

/** What a probe found about its assumption. */
export type ProbeVerdict = 'confirmed' | 'refuted' | 'inconclusive';

/** One row of the probe report. */
export interface ProbeResult {
  /** The assumption's stable id (`ASSUMPTIONS` of `@blizwork/client`). */
  readonly assumption: AssumptionId;
  /** Where the assumption comes from: `documented`, `wrapper` or `inferred`. */
  readonly source: AssumptionSource;
  /** What the probe did, in a few words. */
  readonly probe: string;
  readonly result: ProbeVerdict;
  /** The requests and what came back (path templates and result codes: never the token). */
  readonly evidence: readonly string[];
  /** For a refuted assumption: what to set or do. */
  readonly advice?: string;
  /** The emulator flag that reproduces the refuted reading, e.g. `--include-levels exact`. */
  readonly reproduce?: string;
}

/** A probe's verdict before the registry fills in the source and the advice. */
export interface Finding {
  readonly assumption: AssumptionId;
  readonly probe: string;
  readonly result: ProbeVerdict;
  readonly evidence: readonly string[];
  /** Advice of this probe's own, printed before the registry's `ifWrong`. */
  readonly advice?: string;
}

/** What the probes may read and write. */
export interface ProbeTargets {
  /** A process to read (and, with `writeDraft`, to start draft cases of). */
  readonly process?: string;
  /** A case of `process` to read. */
  readonly caseNumber?: number;
  /** A master-data table to read (and, with `writeDraft`, a scratch table to write to). */
  readonly table?: string;
  /** Consent to write: draft cases of `process`, marked rows of `table`. */
  readonly writeDraft: boolean;
  /** The forms a draft case goes through (start form first), when the definition cannot say. */
  readonly formPath?: readonly string[];
}

/** Everything a probe gets. */
export interface ProbeContext {
  readonly targets: ProbeTargets;
  readonly userId: string;
  readonly companyId: string | undefined;
  /** The profile's plan, when it names one (the Free-plan probe needs `free`). */
  readonly plan: string | undefined;
  /** For reads: paced, sent once. */
  readonly read: Exchanger;
  /** For writes: paced, sent once (the same limiter as `read`). */
  readonly write: Exchanger;
  /** Not paced, sent once: only the code-200 probe. */
  readonly burst: Exchanger;
  /** A fresh marker for the rows and cases a write probe creates. */
  readonly marker: () => string;
  /** Waits (between the code-200 burst and the check that follows it). */
  readonly sleep: (ms: number) => Promise<void>;
}

/** A probe: runs its requests and returns its findings (several when it settles several ids). */
export interface Probe {
  /** The assumptions it settles, for `--only`. */
  readonly assumptions: readonly AssumptionId[];
  /** True for a probe that writes (needs `--write-draft`). */
  readonly writes: boolean;
  readonly run: (context: ProbeContext) => Promise<readonly Finding[]>;
}
