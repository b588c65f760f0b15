// Interleaved, side-by-side timing shared by the benchmarks: variants run in fine slices in random
// order, and each round's time is divided by the baseline's time in the same round, so background
// load hits every variant alike. Prints median µs per call and the median ratio to the baseline.

/** A named set of zero-argument calls to compare; `baseline` names the one ratios are taken to. */
export interface Comparison {
  variants: Record<string, () => Promise<unknown>>;
  baseline: string;
  rounds: number;
  callsPerRound: number;
}

/** Runs `calls` calls of `call` with `concurrency` callers; resolves the elapsed milliseconds. */
async function timeCalls(
  call: () => Promise<unknown>,
  calls: number,
  concurrency: number,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, calls) }, async () => {
      while (next++ < calls) await call();
    }),
  );
  return performance.now() - started;
}

/** The value at fraction `q` (0 to 1) of the sorted values. */
const quantile = (values: number[], q: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ??
  Number.NaN;
const median = (values: number[]): number => quantile(values, 0.5);

/** A copy of `items` in random order (Fisher-Yates). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * Each round is cut in slices; in each slice every variant makes `perSlice` calls, in a random
 * order. Fine slices (one call at concurrency 1) make background load hit all variants alike, and
 * the random order keeps one variant's garbage from always landing on the same next variant.
 */
export async function compare(
  { variants, baseline, rounds, callsPerRound }: Comparison,
  concurrency: number,
  perSlice: number,
): Promise<void> {
  const names = Object.keys(variants);
  for (const name of names) await timeCalls(variants[name]!, 200, concurrency); // warm-up
  const perCall = new Map(names.map((name) => [name, [] as number[]]));
  const ratio = new Map(names.map((name) => [name, [] as number[]]));
  const slices = Math.ceil(callsPerRound / perSlice);
  for (let round = 0; round < rounds; round++) {
    const total = new Map(names.map((name) => [name, 0]));
    for (let slice = 0; slice < slices; slice++) {
      for (const name of shuffled(names)) {
        total.set(
          name,
          total.get(name)! + (await timeCalls(variants[name]!, perSlice, concurrency)),
        );
      }
    }
    for (const name of names) {
      perCall.get(name)!.push((total.get(name)! * 1000) / (slices * perSlice));
      ratio.get(name)!.push(total.get(name)! / total.get(baseline)!);
    }
  }
  console.log(
    `\nconcurrency ${concurrency} (${perSlice} call${perSlice > 1 ? 's' : ''} per slice)`,
  );
  console.log(
    `  variant                      µs/call (median)   ratio to ${baseline} (median of rounds, quartiles)`,
  );
  for (const name of names) {
    const ratios = ratio.get(name)!;
    // The quartiles of the per-round ratios show the spread the machine's load caused.
    const spread = `${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)}`;
    console.log(
      `  ${name.padEnd(28)} ${median(perCall.get(name)!).toFixed(1).padStart(16)}   ${median(ratios).toFixed(3)} (${spread})`,
    );
  }
}
