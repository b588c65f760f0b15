import { BlizWorkError } from './blizwork-error.js';

/**
 * `exec` was called on a `Case` object that an earlier `exec` already moved on: the object still
 * describes the case as it was before. Use the `Case` that `exec` resolved, or read the case again.
 */
export class StaleCaseError extends BlizWorkError {
  /** The error's class name: `StaleCaseError`. */
  override readonly name: string = 'StaleCaseError';
  /** The case number. */
  readonly caseNumber: number;

  constructor(caseLabel: string, caseNumber: number) {
    super(
      `${caseLabel}: this Case object is out of date: exec() already moved the case, so nothing was sent. Use the Case that exec() resolved (c = await c.exec(...)), or read it again with getCase(${caseNumber})`,
    );
    this.caseNumber = caseNumber;
  }
}
