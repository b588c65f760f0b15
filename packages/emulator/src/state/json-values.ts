// Helpers for request-supplied JSON objects, which may carry keys such as `__proto__` or
// `constructor`: read and write own properties only, never through the prototype chain.

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The own property `key` of `object`, or undefined (never an inherited member). */
export const ownValue = (object: JsonObject, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/** Sets an own data property, even for keys like `__proto__` that assignment would treat specially. */
export function setOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Copies the own enumerable properties of each source onto target, safely. */
export function assignOwn(target: JsonObject, ...sources: JsonObject[]): JsonObject {
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) setOwn(target, key, value);
  }
  return target;
}

/** Deep equality of JSON values (own keys only; key order ignored). */
export function jsonEquals(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => jsonEquals(item, right[index]))
    );
  }
  if (!isJsonObject(left) || !isJsonObject(right)) return false;
  const leftEntries = Object.entries(left);
  return (
    leftEntries.length === Object.keys(right).length &&
    leftEntries.every(([key, value]) => Object.hasOwn(right, key) && jsonEquals(value, right[key]))
  );
}

/**
 * Equality filter: every key of `filter` must equal `valueOf(key)`. An empty filter matches all.
 * This is the emulator's whole filter language (no operators, no nested paths).
 */
export const matchesFilter = (filter: JsonObject, valueOf: (key: string) => unknown): boolean =>
  Object.entries(filter).every(([key, expected]) => jsonEquals(valueOf(key), expected));

/** A deep copy of a JSON value (what tests get, so they cannot change the emulator's state). */
export const cloneJson = <T>(value: T): T => structuredClone(value);
