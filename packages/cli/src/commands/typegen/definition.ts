// A process definition as typegen reads it, from a case's `processDefinition` (include >= 3) or
// from an emulator seed: forms with their fields and next forms. Checked before use: the input
// comes from a server or a file.
import { CliError } from '../../errors.js';
import { isRecord } from '../../is-record.js';

/** A field of a form. */
export interface FieldDefinition {
  id: string;
  type: string;
}

/** A form: its fields and the forms it may move to. */
export interface FormDefinition {
  formId: string;
  fields: FieldDefinition[];
  nextFormIds: string[];
}

/** What typegen needs of a process. */
export interface ProcessDefinition {
  processId: string;
  name?: string;
  version?: number;
  forms: FormDefinition[];
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Checks `value` as the definition of `processId`; `where` names the source in errors. */
export function checkDefinition(
  value: unknown,
  processId: string,
  where: string,
): ProcessDefinition {
  const bad = (problem: string) =>
    new CliError(`The process definition of ${processId} from ${where} ${problem}`, {
      hint: 'typegen needs forms with formId, fields [{ id, type }] and nextFormIds (read a case with include >= 3).',
    });
  if (!isRecord(value) || !Array.isArray(value.forms)) throw bad('has no forms');
  const forms = value.forms.map((form, i): FormDefinition => {
    if (!isRecord(form) || !isString(form.formId))
      throw bad(`has a form without formId (form ${i})`);
    const fields = Array.isArray(form.fields) ? form.fields : [];
    const nextFormIds = Array.isArray(form.nextFormIds) ? form.nextFormIds : [];
    const formId = form.formId; // narrowed to string above; the callbacks below would lose that
    return {
      formId: form.formId,
      fields: fields.map((field, j) => {
        if (!isRecord(field) || !isString(field.id))
          throw bad(`has a field without id (form ${formId}, field ${j})`);
        return { id: field.id, type: isString(field.type) ? field.type : 'unknown' };
      }),
      nextFormIds: nextFormIds.map((next) => {
        if (!isString(next)) throw bad(`has a bad next form id in form ${formId}`);
        return next;
      }),
    };
  });
  const formIds = new Set<string>();
  for (const form of forms) {
    // Two forms with one id would give two properties with one name (the file would not compile).
    if (formIds.has(form.formId)) throw bad(`defines the form ${form.formId} twice`);
    formIds.add(form.formId);
  }
  for (const form of forms) {
    const unknown = form.nextFormIds.find((next) => !formIds.has(next));
    if (unknown !== undefined)
      throw bad(`lets form ${form.formId} move to ${unknown}, which it does not define`);
  }
  return {
    processId,
    ...(isString(value.name) ? { name: value.name } : {}),
    ...(typeof value.version === 'number' ? { version: value.version } : {}),
    forms,
  };
}
