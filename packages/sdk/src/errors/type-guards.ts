import type { BlizWorkApiError } from './api-error.js';
import type { BlizWorkError } from './blizwork-error.js';
import type { BlizWorkHookError } from './hook-error.js';
import { API_ERROR_BRAND, ERROR_BRAND, HOOK_ERROR_BRAND, hasBrand } from './brand.js';

/**
 * True for any error the SDK throws for a failed call, even one made by another copy of
 * `@blizwork/sdk` in the process (its ESM and CJS builds both loaded, or two versions), where
 * `instanceof BlizWorkError` is false.
 *
 * @example
 * try {
 *   await bw.process('sales-process').getCase(39);
 * } catch (error) {
 *   if (isBlizWorkError(error)) log(error.operation, error.message); // never holds the token
 *   else throw error;
 * }
 */
export function isBlizWorkError(value: unknown): value is BlizWorkError {
  return hasBrand(value, ERROR_BRAND);
}

/**
 * True for a reply with a non-zero result code ({@link BlizWorkApiError} and its subclasses, such
 * as `InvalidTokenError`), even one made by another copy of `@blizwork/sdk` in the process.
 *
 * @example
 * if (isBlizWorkApiError(error) && error.resultCode === 1) refreshToken();
 */
export function isBlizWorkApiError(value: unknown): value is BlizWorkApiError {
  return hasBrand(value, API_ERROR_BRAND);
}

/**
 * True for an error a hook of the client's `hooks` option caused ({@link BlizWorkHookError}), even
 * one made by another copy of `@blizwork/sdk` in the process.
 *
 * @example
 * if (isBlizWorkHookError(error)) log(`the ${error.hook} hook failed`, error.cause);
 */
export function isBlizWorkHookError(value: unknown): value is BlizWorkHookError {
  return hasBrand(value, HOOK_ERROR_BRAND);
}
