// Writes the TypeScript for process definitions: a ProcessSchema per process (fields, forms, next
// forms) for `bw.process<Schema>()`, plus the form ids and next forms as constants. Deterministic:
// the same definitions give the same text (for --check), formatted as prettier would.
//
// Every string from a definition reaches the output through the helpers of ./emit.ts only (string
// literals, comment text, identifiers, property keys): code below interpolates their results and
// text typegen wrote itself, never a definition's string as it came.
import type { FormDefinition, ProcessDefinition } from './definition.js';
import { tsComment, tsIdentifier, tsPropertyKey, tsString } from './emit.js';
import { tsTypeOf } from './field-types.js';

/** The SDK type of attachment fields, imported by the generated file when a field needs it. */
const ATTACHMENT_TYPE = 'AttachmentValue';

const union = (values: readonly string[]): string =>
  values.length === 0 ? 'never' : values.map(tsString).join(' | ');
const stringArray = (values: readonly string[]): string => `[${values.map(tsString).join(', ')}]`;
/** The text of a template, its values put in as they are (the caller escapes the whole). */
const joinTemplate = (parts: TemplateStringsArray, values: readonly unknown[]): string =>
  parts.reduce((text, part, i) => text + String(values[i - 1]) + part);
/**
 * A one-line doc comment: doc`Process \`${id}\``. Its values may quote a definition, so the whole
 * text goes through tsComment (escaping the assembled text, not each value, also covers a `*` at
 * the end of one value meeting a `/` at the start of the next).
 */
const doc = (parts: TemplateStringsArray, ...values: readonly unknown[]): string =>
  `/** ${tsComment(joinTemplate(parts, values))} */`;
/** A `//` comment line, escaped as `doc` is. */
const lineComment = (parts: TemplateStringsArray, ...values: readonly unknown[]): string =>
  `// ${tsComment(joinTemplate(parts, values))}`;

/** `sales-process` -> `SalesProcess`: the wish for a type name; tsIdentifier makes it safe and unique. */
function typeNameCandidate(processId: string): string {
  const name = processId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return /^[A-Za-z]/.test(name) ? name : `Process${name}`;
}

const camel = (typeName: string): string => typeName[0]!.toLowerCase() + typeName.slice(1);

/** The identifiers one process gets in the file. */
interface ProcessNames {
  type: string;
  formIds: string;
  nextForms: string;
}

/** Names for each process, in order: unique in the file, and never the imported SDK type. */
function namesOf(definitions: readonly ProcessDefinition[]): ProcessNames[] {
  const taken = new Set([ATTACHMENT_TYPE]);
  return definitions.map((definition) => {
    const type = tsIdentifier(typeNameCandidate(definition.processId), taken);
    return {
      type,
      formIds: tsIdentifier(`${camel(type)}FormIds`, taken),
      nextForms: tsIdentifier(`${camel(type)}NextForms`, taken),
    };
  });
}

/** Every field of the process with its TS type (a union when forms disagree) and where it is. */
function fieldTypes(
  forms: readonly FormDefinition[],
): Map<string, { types: Set<string>; notes: Set<string> }> {
  const fields = new Map<string, { types: Set<string>; notes: Set<string> }>();
  for (const form of forms) {
    for (const field of form.fields) {
      const entry = fields.get(field.id) ?? { types: new Set(), notes: new Set() };
      entry.types.add(tsTypeOf(field.type));
      entry.notes.add([field.type, 'in', form.formId].join(' ')); // comment text: see `doc`
      fields.set(field.id, entry);
    }
  }
  return fields;
}

function renderProcess(definition: ProcessDefinition, names: ProcessNames): string {
  const { processId } = definition;
  const { name, version } = definition;
  const about = [
    ...(name === undefined ? [] : [['"', name, '"'].join('')]),
    ...(version === undefined ? [] : [['version', version].join(' ')]),
  ].join(', ');
  const lines: string[] = [];
  lines.push(
    doc`Process \`${processId}\`${about === '' ? '' : ` (${about})`}: use \`bw.process<${names.type}>(${tsString(processId)})\`.`,
  );
  lines.push(`export interface ${names.type} {`);
  lines.push(`  processId: ${tsString(processId)};`);
  lines.push('  fields: {');
  for (const [id, { types, notes }] of fieldTypes(definition.forms)) {
    lines.push(`    ${doc`${[...notes].join(', ')}`}`);
    lines.push(`    ${tsPropertyKey(id)}: ${[...types].join(' | ')};`);
  }
  lines.push('  };');
  lines.push('  forms: {');
  for (const form of definition.forms) {
    const fields = union([...new Set(form.fields.map((field) => field.id))]);
    const next = union(form.nextFormIds);
    lines.push(`    ${tsPropertyKey(form.formId)}: { fields: ${fields}; next: ${next} };`);
  }
  lines.push('  };');
  lines.push('}');
  lines.push('');
  lines.push(doc`The form ids of \`${processId}\`, the start form first.`);
  lines.push(
    `export const ${names.formIds} = ${stringArray(definition.forms.map((form) => form.formId))} as const;`,
  );
  lines.push('');
  lines.push(doc`The forms each form of \`${processId}\` may move to (none: a final form).`);
  lines.push(`export const ${names.nextForms} = {`);
  for (const form of definition.forms) {
    lines.push(`  ${tsPropertyKey(form.formId)}: ${stringArray(form.nextFormIds)},`);
  }
  lines.push('} as const;');
  return lines.join('\n');
}

/** The whole generated file; `command` is the command line that wrote it (named in the header). */
export function renderTypes(definitions: readonly ProcessDefinition[], command: string): string {
  const usesAttachment = definitions.some((definition) =>
    definition.forms.some((form) =>
      form.fields.some((field) => tsTypeOf(field.type) === ATTACHMENT_TYPE),
    ),
  );
  const names = namesOf(definitions);
  const header = [
    lineComment`Generated by \`${command}\`. Do not edit: run it again (\`--check\` in CI tells when it is stale).`,
    ...(usesAttachment ? [`import type { ${ATTACHMENT_TYPE} } from '@blizwork/sdk';`] : []),
  ];
  return `${[header.join('\n'), ...definitions.map((definition, i) => renderProcess(definition, names[i]!))].join('\n\n')}\n`;
}
