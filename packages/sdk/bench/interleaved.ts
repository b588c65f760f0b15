// Interleaved, side-by-side timing shared by the benchmarks: variants run in fine slices in random
// order, and each round's time is divided by the baseline's time in the same round, so background
// load hits every variant alike. Prints median µs per call and the median ratio to the baseline,
// in wall time and in this process's CPU time (`process.cpuUsage`): on a busy machine the wall
// time mostly measures the other jobs, the CPU time what each variant itself costs.

/** A named set of zero-argument calls to compare; `baseline` names the one ratios are taken to. */
export interface Comparison {
  variants: Record<string, () => Promise<unknown>>;
  baseline: string;
  rounds: number;
  callsPerRound: number;
}

/** Wall and CPU (user + system, this process) milliseconds. */
interface Cost {
  wallMs: number;
  cpuMs: number;
}

/** Runs `calls` calls of `call` with `concurrency` callers; resolves the elapsed wall and CPU time. */
async function timeCalls(
  call: () => Promise<unknown>,
  calls: number,
  concurrency: number,
): Promise<Cost> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, calls) }, async () => {
      while (next++ < calls) await call();
    }),
  );
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
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
  const series = () => new Map(names.map((name) => [name, [] as number[]]));
  const [wallPerCall, wallRatio, cpuPerCall, cpuRatio] = [series(), series(), series(), series()];
  const slices = Math.ceil(callsPerRound / perSlice);
  const calls = slices * perSlice;
  for (let round = 0; round < rounds; round++) {
    const wall = new Map(names.map((name) => [name, 0]));
    const cpu = new Map(names.map((name) => [name, 0]));
    for (let slice = 0; slice < slices; slice++) {
      for (const name of shuffled(names)) {
        const cost = await timeCalls(variants[name]!, perSlice, concurrency);
        wall.set(name, wall.get(name)! + cost.wallMs);
        cpu.set(name, cpu.get(name)! + cost.cpuMs);
      }
    }
    for (const name of names) {
      wallPerCall.get(name)!.push((wall.get(name)! * 1000) / calls);
      wallRatio.get(name)!.push(wall.get(name)! / wall.get(baseline)!);
      cpuPerCall.get(name)!.push((cpu.get(name)! * 1000) / calls);
      cpuRatio.get(name)!.push(cpu.get(name)! / cpu.get(baseline)!);
    }
  }
  // The quartiles of the per-round values show the spread the machine's load caused.
  const summary = (values: number[], digits: number): string =>
    `${median(values).toFixed(digits)} (${quantile(values, 0.25).toFixed(digits)}–${quantile(values, 0.75).toFixed(digits)})`;
  console.log(
    `\nconcurrency ${concurrency} (${perSlice} call${perSlice > 1 ? 's' : ''} per slice); median of rounds (quartiles); ratios to ${baseline}`,
  );
  console.log(
    `  ${'variant'.padEnd(28)} ${'wall µs/call'.padEnd(22)} ${'wall ratio'.padEnd(22)} ${'CPU µs/call'.padEnd(22)} CPU ratio`,
  );
  for (const name of names) {
    console.log(
      `  ${name.padEnd(28)} ${summary(wallPerCall.get(name)!, 1).padEnd(22)} ${summary(wallRatio.get(name)!, 3).padEnd(22)} ${summary(cpuPerCall.get(name)!, 1).padEnd(22)} ${summary(cpuRatio.get(name)!, 3)}`,
    );
  }
}
