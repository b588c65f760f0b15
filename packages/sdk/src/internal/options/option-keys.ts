// The one check of option-object keys, shared by the constructor and every method that takes an
// options object: a misspelled option (`skipExtension`, `inclde`) must fail loudly, not be ignored.
import type { CallOptions } from '../../types.js';

/**
 * `keys` typed as the complete key list of `T`: the compiler rejects a list that misses a key of
 * `T` (naming it), so a new option can never be refused as unknown by a forgotten list.
 *
 * @example
 * const GET_CASE_KEYS = optionKeysOf<GetCaseOptions>()(['signal', 'include', 'environment'] as const);
 */
export function optionKeysOf<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    keys: K &
      ([Exclude<keyof T, K[number]>] extends [never]
        ? unknown
        : { missing: Exclude<keyof T, K[number]> }),
  ): K => keys;
}

/** The keys of {@link CallOptions}, the options of every method that takes no others. */
export const CALL_OPTION_KEYS = /* @__PURE__ */ optionKeysOf<CallOptions>()(['signal'] as const);

/** The edit distance of two short strings (Levenshtein), for the "did you mean" hint. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The valid key closest to `key` (ignoring case), if it is close enough to be a likely typo. */
function closestKey(key: string, validKeys: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const valid of validKeys) {
    const distance = editDistance(key.toLowerCase(), valid.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [valid, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/**
 * Throws a `TypeError` when `options` is neither `undefined` nor a plain object, or has a key that
 * is not in `validKeys`. The message names `method`, the unknown key, the valid keys and, for a
 * likely typo, the key that was probably meant. Key names are shown, never values (a value may be
 * a secret).
 *
 * @example
 * checkOptionKeys('getCase', options, ['include', 'environment', 'signal']);
 */
export function checkOptionKeys(
  method: string,
  options: unknown,
  validKeys: readonly string[],
): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const got = options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options;
    throw new TypeError(`BlizWork: ${method} options must be an object (got ${got})`);
  }
  for (const key of Object.keys(options)) {
    if (validKeys.includes(key)) continue;
    const guess = closestKey(key, validKeys);
    const hint = guess === undefined ? '' : ` Did you mean "${guess}"?`;
    throw new TypeError(
      `BlizWork: ${method}: option "${key.slice(0, 40)}" is unknown (valid: ${validKeys.join(', ')}).${hint}`,
    );
  }
}
