import { BlizWorkError } from './blizwork-error.js';

/**
 * A case helper needs data the case was not loaded with, e.g. `history` (include level 2 or more,
 * `CaseDataLevel.PlusCaseHistory`). Read the case again with a higher `include`.
 */
export class CaseDataMissingError extends BlizWorkError {
  /** The error's class name: `CaseDataMissingError`. */
  override readonly name: string = 'CaseDataMissingError';
  /** The member of the case document that is missing, e.g. `history`. */
  readonly member: string;
  /** The include level that provides it. */
  readonly requiredInclude: number;

  constructor(caseLabel: string, member: string, requiredInclude: number) {
    super(
      `${caseLabel} was loaded without its ${member}: read it with include >= ${requiredInclude}`,
    );
    this.member = member;
    this.requiredInclude = requiredInclude;
  }
}
