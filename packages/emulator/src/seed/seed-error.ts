/** Thrown by `startEmulator` when the seed is unreadable, breaks `seed.schema.json` or is inconsistent. */
export class SeedError extends Error {
  /** Always `'SeedError'`. */
  override readonly name = 'SeedError';
  /** Each problem found, e.g. `processes[0].forms[1].nextFormIds[0]: no form 'x' in this process`. */
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[]) {
    super(`Invalid emulator seed (${source}):\n  - ${problems.join('\n  - ')}`);
    this.problems = problems;
  }
}
