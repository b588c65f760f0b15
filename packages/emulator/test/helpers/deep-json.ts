/**
 * The JSON text of a value nested `depth` levels deep (alternating arrays and objects), built as a
 * string because JSON.stringify itself may overflow the stack on such values.
 */
export const deepJsonText = (depth: number): string =>
  Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? '[' : '{"k":')).join('') +
  '1' +
  Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? ']' : '}'))
    .reverse()
    .join('');

/** The JSON text of `body` with the string `"<deep>"` replaced by a value nested `depth` levels. */
export const withDeepValue = (body: unknown, depth: number): string =>
  JSON.stringify(body).replace('"<deep>"', deepJsonText(depth));
