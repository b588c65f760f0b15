/** Collects seed problems with their location, to report them all at once. */
export class SeedProblems {
  readonly list: string[] = [];

  /** Records a problem at a seed path such as `cases[2].formPath[1]`. */
  add(path: string, problem: string): void {
    this.list.push(`${path}: ${problem}`);
  }
}
