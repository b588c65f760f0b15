// The only way text from a process definition reaches the generated TypeScript. Every string that
// typegen did not write itself (process, form and field ids, names, field types, the command line)
// goes through one of these helpers, so a definition can never close a comment, end a string, or
// add a statement: whoever can edit a process definition must not get code into an integrator's
// build. Output is deterministic (the same input gives the same text), for `--check`.

/**
 * Characters kept as they are: visible ones (letters, marks, digits, punctuation, symbols) and the
 * ASCII space. Everything else (line breaks, U+2028/U+2029, other controls, bidi overrides and
 * other format characters, non-ASCII spaces, lone surrogates, private use, unassigned code points)
 * is written as an escape, so the text on screen is the text the compiler reads.
 */
const VISIBLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const SHORT_ESCAPES = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

const hex = (codePoint: number, width: number): string =>
  codePoint.toString(16).toUpperCase().padStart(width, '0');

/** A JavaScript escape sequence for one code point (or one lone surrogate). */
function escapeCodePoint(char: string): string {
  const short = SHORT_ESCAPES.get(char);
  if (short !== undefined) return short;
  const codePoint = char.codePointAt(0)!;
  return codePoint > 0xffff ? `\\u{${hex(codePoint, 0)}}` : `\\u${hex(codePoint, 4)}`;
}

/** `text` with every invisible character escaped (iterating by code point keeps pairs together). */
function escapeInvisible(text: string, extra: (char: string) => string | undefined): string {
  let out = '';
  for (const char of text) {
    const replaced = extra(char);
    if (replaced !== undefined) out += replaced;
    else out += VISIBLE.test(char) ? char : escapeCodePoint(char);
  }
  return out;
}

/**
 * A string literal that evaluates to exactly `value`: single-quoted (as prettier writes them), with
 * `\` and `'` escaped and every invisible character as an escape sequence. It cannot end early,
 * hold a line break, or hide text behind bidi controls.
 */
export function tsString(value: string): string {
  const body = escapeInvisible(value, (char) =>
    char === '\\' ? '\\\\' : char === "'" ? "\\'" : undefined,
  );
  return `'${body}'`;
}

/**
 * Text safe inside a block comment or a `//` comment: on one line (line breaks and U+2028/U+2029
 * are written as visible escapes) and unable to close the comment (a backslash is put between
 * `*` and `/`).
 */
export function tsComment(text: string): string {
  return escapeInvisible(text, () => undefined).replaceAll('*/', '*\\/');
}

/** Words that cannot name an interface or a `const` in a strict-mode module. */
const RESERVED = new Set([
  ...['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete'],
  ...['do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if'],
  ...['import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw'],
  ...['true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'implements', 'interface', 'let'],
  ...['package', 'private', 'protected', 'public', 'static', 'yield', 'await', 'arguments'],
  ...['eval', 'undefined', 'NaN', 'Infinity'],
  // TypeScript's own type names: an interface may not take them.
  ...['any', 'unknown', 'never', 'string', 'number', 'boolean', 'symbol', 'bigint', 'object'],
  ...['type', 'as', 'satisfies', 'keyof', 'readonly', 'declare', 'namespace', 'module'],
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An identifier built from `candidate`: only `[A-Za-z0-9_$]` (other characters dropped), never
 * starting with a digit, never a reserved word, and not in `taken` (then `_2`, `_3`, … is added,
 * so collisions resolve in the order names are asked for). The result is added to `taken`.
 */
export function tsIdentifier(candidate: string, taken: Set<string>): string {
  let base = candidate.replace(/[^A-Za-z0-9_$]/g, '');
  if (!IDENTIFIER.test(base)) base = `_${base}`;
  if (RESERVED.has(base)) base = `${base}_`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/**
 * A property key for `name`, in an interface or an object literal: bare when it is a plain
 * identifier, a string literal otherwise. `__proto__` is written as a computed key: in an object
 * literal a plain `__proto__:` (quoted or not) sets the prototype instead of adding a property.
 */
export function tsPropertyKey(name: string): string {
  if (name === '__proto__') return `[${tsString(name)}]`;
  return IDENTIFIER.test(name) ? name : tsString(name);
}
