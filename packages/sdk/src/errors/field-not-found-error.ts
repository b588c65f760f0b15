import { BlizWorkError } from './blizwork-error.js';

/** A case has no such field (or, for `downloadUrl`, no file in it) and no fallback was given. */
export class FieldNotFoundError extends BlizWorkError {
  /** The error's class name: `FieldNotFoundError`. */
  override readonly name: string = 'FieldNotFoundError';
  /** The field id that was asked for. */
  readonly field: string;

  constructor(caseLabel: string, field: string, what = 'field') {
    super(`${caseLabel} has no ${what} "${field}"`);
    this.field = field;
  }
}
