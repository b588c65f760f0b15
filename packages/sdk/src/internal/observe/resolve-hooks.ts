// The `hooks` option: its check (once, at construction) and how `withOptions` combines a parent's
// hooks with the ones it is given (appended).
import type { BlizWorkHooks } from '../../hooks-types.js';
import { checkOptionKeys, optionKeysOf } from '../options/option-keys.js';

/** The hooks after the check: frozen copies of the arrays, each present (maybe empty). */
export type ResolvedHooks = {
  readonly [K in keyof BlizWorkHooks]-?: NonNullable<BlizWorkHooks[K]>;
};

/** Every hook name, in the order a call meets them. */
export const HOOK_NAMES = /* @__PURE__ */ optionKeysOf<BlizWorkHooks>()([
  'beforeRequest',
  'afterResponse',
  'beforeRetry',
  'onError',
] as const);

/** A short name of a bad value's type for messages (never the value: it may be a secret). */
const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/**
 * Checks the `hooks` option and copies it (later changes to the caller's arrays change nothing).
 * `undefined` for no hooks (`undefined`, `null`, or only empty arrays), so that a client without
 * hooks pays nothing per call. Throws a `TypeError` naming the bad member.
 */
export function resolveHooks(value: unknown): ResolvedHooks | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(
      `BlizWork: option "hooks" must be an object such as { beforeRequest: [fn] } (got ${kindOf(value)})`,
    );
  }
  checkOptionKeys('hooks', value, HOOK_NAMES);
  const given = value as Record<string, unknown>;
  let count = 0;
  const resolved: Record<string, readonly unknown[]> = {};
  for (const name of HOOK_NAMES) {
    const list = given[name] ?? [];
    if (!Array.isArray(list) || !list.every((hook) => typeof hook === 'function')) {
      const single =
        typeof list === 'function' ? ` (one hook goes in an array: ${name}: [fn])` : '';
      throw new TypeError(
        `BlizWork: option "hooks.${name}" must be an array of functions (got ${kindOf(list)})${single}`,
      );
    }
    resolved[name] = Object.freeze([...(list as unknown[])]);
    count += list.length;
  }
  return count === 0 ? undefined : (Object.freeze(resolved) as ResolvedHooks);
}

/**
 * The hooks of a client derived with `withOptions({ hooks: added })`: the parent's, then `added`'s
 * (checked like the option); `null` drops the parent's. Throws a `TypeError` for bad hooks.
 */
export function appendHooks(
  parent: ResolvedHooks | undefined,
  added: unknown,
): BlizWorkHooks | undefined {
  if (added === null) return undefined;
  const child = resolveHooks(added);
  if (parent === undefined || child === undefined) return parent ?? child;
  return {
    beforeRequest: [...parent.beforeRequest, ...child.beforeRequest],
    afterResponse: [...parent.afterResponse, ...child.afterResponse],
    beforeRetry: [...parent.beforeRetry, ...child.beforeRetry],
    onError: [...parent.onError, ...child.onError],
  };
}
