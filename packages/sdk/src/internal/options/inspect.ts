// util.inspect() support without importing node:util (the SDK also runs in browsers).

/** The symbol Node's `util.inspect` looks for. */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** The `inspect` function Node passes to a custom inspect method. */
export type InspectFn = (value: unknown, options?: unknown) => string;

/**
 * What a custom inspect method returns: `Name { ...summary }`, formatted by Node's own inspect when
 * it passes one (it always does since Node 16), else as JSON.
 */
export function inspectAs(
  name: string,
  summary: object,
  options: unknown,
  inspect?: InspectFn,
): string {
  return `${name} ${inspect ? inspect(summary, options) : JSON.stringify(summary)}`;
}
