// Names from a definition are any text: one line of it, cut to fit a node, is what a picture shows
// (the whole text goes into the tooltip). Escaping for each format happens where it is written.

/** Line breaks, tabs and other control or separator characters a label must not carry. */
// eslint-disable-next-line no-control-regex
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/gu;
/** Lone UTF-16 surrogates: not characters, invalid in XML. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` on one line: every run of breaks and blanks becomes one space; lone surrogates become U+FFFD. */
export function oneLine(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(BREAKS, ' ').trim();
}

/** One line of `text`, at most `max` characters (code points): longer text ends with `…`. */
export function clipped(text: string, max: number): string {
  const characters = [...oneLine(text)];
  return characters.length <= max
    ? characters.join('')
    : `${characters.slice(0, max - 1).join('')}…`;
}

/** The number of characters (code points) of `text`. */
export const lengthOf = (text: string): number => [...text].length;
