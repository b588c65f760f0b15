// The brands SDK errors carry, so that `isBlizWorkError()` recognises an error made by another copy
// of the package: the ESM and the CJS build loaded in one process, or two installed versions, each
// have their own classes (and `instanceof` fails across them), but `Symbol.for` returns the same
// symbol everywhere in a process (and across realms).

/** Carried (as a property set to `true`) by every `BlizWorkError`. */
export const ERROR_BRAND: unique symbol = Symbol.for('@blizwork/sdk/error');

/** Carried by every `BlizWorkApiError` (a reply with a non-zero result code). */
export const API_ERROR_BRAND: unique symbol = Symbol.for('@blizwork/sdk/api-error');

/** Carried by every `BlizWorkHookError` (a hook of the `hooks` option failed the call). */
export const HOOK_ERROR_BRAND: unique symbol = Symbol.for('@blizwork/sdk/hook-error');

/**
 * Marks an error with `mark`: non-enumerable, so it shows in no inspect or JSON output. Set by the
 * constructor rather than in a `static {}` block, which bundlers keep even when nothing uses the
 * class.
 */
export function brand(error: object, mark: symbol): void {
  Object.defineProperty(error, mark, { value: true });
}

/** True when `value` is an object carrying `mark`, wherever it was made. */
export const hasBrand = (value: unknown, mark: symbol): boolean =>
  typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[mark] === true;
