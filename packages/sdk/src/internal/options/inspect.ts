// util.inspect() support without importing node:util (the SDK also runs in browsers).

/** The symbol Node's `util.inspect` looks for. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** The `inspect` function Node passes to a custom inspect method. */
export type InspectFn = (value: unknown, options?: unknown) => string;

/**
 * What a custom inspect method returns: `Name { ...summary }`, formatted by Node's own inspect when
 * it passes one (it always does since Node 16), else as JSON.
 */
function inspectAs(name: string, summary: object, options: unknown, inspect?: InspectFn): string {
  return `${name} ${inspect ? inspect(summary, options) : JSON.stringify(summary)}`;
}

/**
 * Gives `target` its util.inspect() method, `Name { ...summary() }`, as a non-enumerable own
 * property set by the constructor. Not a `[INSPECT]()` method in the class body: a computed key
 * that is not a well-known symbol makes bundlers (esbuild) keep the whole class, and all it
 * references, even where nothing uses it, which defeats tree-shaking of the built package.
 */
export function defineInspect(target: object, name: string, summary: () => object): void {
  Object.defineProperty(target, INSPECT, {
    value: (_depth: number, options: unknown, inspect?: InspectFn) =>
      inspectAs(name, summary(), options, inspect),
  });
}
