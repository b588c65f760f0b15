// Escaping for SVG written as text: every name reaches the output through these two functions.

/** Characters XML 1.0 forbids anywhere (even escaped): C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Maps, so that no lookup can answer an inherited member (the repository's lint rule).
const TEXT_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  // A parser would turn CR LF into LF.
  ['\r', '&#13;'],
]);
const ATTRIBUTE_ENTITIES: ReadonlyMap<string, string> = new Map([
  ...TEXT_ENTITIES,
  ['"', '&quot;'],
  ["'", '&#39;'],
  // Kept as characters (a parser would turn them into spaces).
  ['\t', '&#9;'],
  ['\n', '&#10;'],
]);

/** Text content: `&`, `<`, `>` and CR as references, characters XML forbids as U+FFFD. */
export const escapeXmlText = (text: string): string =>
  text
    .replace(FORBIDDEN, '\ufffd')
    .replace(/[&<>\r]/g, (character) => TEXT_ENTITIES.get(character)!);

/** A double-quoted attribute value: also quotes, and tab/LF/CR as character references. */
export const escapeXmlAttribute = (value: string): string =>
  value
    .replace(FORBIDDEN, '\ufffd')
    .replace(/[&<>"'\t\n\r]/g, (character) => ATTRIBUTE_ENTITIES.get(character)!);
