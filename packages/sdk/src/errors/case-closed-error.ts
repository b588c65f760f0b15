import { BlizWorkError } from './blizwork-error.js';

/** `exec` was called on a case that waits on no form: its last history entry has no next form. */
export class CaseClosedError extends BlizWorkError {
  /** The error's class name: `CaseClosedError`. */
  override readonly name: string = 'CaseClosedError';
  /** The case number. */
  readonly caseNumber: number;

  constructor(caseLabel: string, caseNumber: number) {
    super(`${caseLabel} is closed: it waits on no form, so no activity can be executed`);
    this.caseNumber = caseNumber;
  }
}
