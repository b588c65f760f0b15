// `Process.startCases`: one startCase per input, through runBulk, keeping each new case's number.
import { isRecord } from '../../internal/options/arguments.js';
import type { BulkItems, BulkOptions, BulkReport } from './bulk-types.js';
import { checkOptionKeys } from '../../internal/options/option-keys.js';
import { BULK_OPTION_KEYS, runBulk } from './run-bulk.js';

/** A started case: the input's position in the source, and the new case number. */
export interface StartedCase {
  /** The position of its input in the list given (0-based). */
  index: number;
  /** The number of the case the API started. */
  caseNumber: number;
}

/** What `startCases` did: the bulk report plus the number of every started case. */
export interface StartCasesReport<I> extends BulkReport<I> {
  /** Every started case, in the order they were started. */
  started: StartedCase[];
}

/**
 * Starts one case per input with `start` (a Process's `startCase`); see `Process.startCases`.
 * The input's own `signal` is ignored: the run's `options.signal` aborts every call. `settled`
 * hears of each item (see `runBulk`).
 */
export async function startCases<I extends object>(
  start: (input: I) => Promise<number>,
  inputs: BulkItems<I>,
  options: BulkOptions<I> = {},
  settled?: (ok: boolean) => void,
): Promise<StartCasesReport<I>> {
  checkOptionKeys('startCases', options, BULK_OPTION_KEYS);
  const started: StartedCase[] = [];
  const report = await runBulk(
    inputs,
    async (input, index) => {
      // A null or a number would spread to {} and silently start a case with the defaults.
      if (!isRecord(input)) {
        throw new TypeError(
          `BlizWork: startCases input ${index} must be an object of startCase options ({} for the defaults)`,
        );
      }
      const caseNumber = await start({ ...input, signal: options.signal });
      started.push({ index, caseNumber });
    },
    options,
    settled,
  );
  return { ...report, started };
}
