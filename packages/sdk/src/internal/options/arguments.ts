// Checks of method arguments. Misuse throws TypeError at once, before any request is sent.
import type { CaseDataLevel, Environment } from '../../types.js';

/** True for a string with at least one non-blank character. */
export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** True for a plain JSON-like object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function misuse(what: string, expected: string, value: unknown): never {
  const shown =
    typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : typeof value;
  throw new TypeError(`BlizWork: ${what} must be ${expected} (got ${shown})`);
}

/** `value` if it is a non-empty string, else a TypeError naming `what`. */
export function requireString(value: unknown, what: string): string {
  return isNonEmptyString(value) ? value : misuse(what, 'a non-empty string', value);
}

/** `value` if it is a plain object, else a TypeError naming `what`. */
export function requireRecord(value: unknown, what: string): Record<string, unknown> {
  return isRecord(value) ? value : misuse(what, 'an object', value);
}

/** `value` if it is a positive integer. */
// Case numbers start at 1 (assumption:case-number-positive).
export function requireCaseNumber(value: unknown): number {
  return Number.isInteger(value) && (value as number) > 0
    ? (value as number)
    : misuse('the case number', 'a positive integer', value);
}

/** `value` if it is `production` or `draft`. */
export function requireEnvironment(value: unknown): Environment {
  return value === 'production' || value === 'draft'
    ? value
    : misuse('environment', '"production" or "draft"', value);
}

/** `value` if it is a CaseDataLevel (an integer from 0 to 4). */
export function requireInclude(value: unknown): CaseDataLevel {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4
    ? (value as CaseDataLevel)
    : misuse('include', 'a CaseDataLevel (0 to 4)', value);
}
