// BlizWork field types to TypeScript types. The API documents no list of field types: these are
// the names the app and the emulator use; anything else becomes `unknown` (safe: it must be
// checked before use) and is named in a comment so the mapping can be extended.

// A Map, not an object: a field type is data from the definition, and `constructor` or `__proto__`
// must not find an inherited member.
const TS_TYPES = new Map<string, string>(
  Object.entries({
    text: 'string',
    string: 'string',
    textarea: 'string',
    longtext: 'string',
    email: 'string',
    url: 'string',
    phone: 'string',
    select: 'string',
    radio: 'string',
    date: 'string',
    datetime: 'string',
    time: 'string',
    number: 'number',
    integer: 'number',
    decimal: 'number',
    currency: 'number',
    money: 'number',
    boolean: 'boolean',
    checkbox: 'boolean',
    multiselect: 'string[]',
    attachment: 'AttachmentValue',
    file: 'AttachmentValue',
    image: 'AttachmentValue',
    document: 'AttachmentValue',
  }),
);

/** The TypeScript type of a BlizWork field type (case-insensitive); `unknown` when not known. */
export function tsTypeOf(fieldType: string): string {
  return TS_TYPES.get(fieldType.toLowerCase()) ?? 'unknown';
}
