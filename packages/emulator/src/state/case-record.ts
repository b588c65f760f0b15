import type { Environment, FieldValue, HistoryEntry } from '../domain/terms.js';
import { isJsonObject, setOwn, type JsonObject } from './json-values.js';

/** A stored case. `history`'s last `nextActivity` is the form the case waits on (or closed at). */
export interface CaseRecord {
  /** The company that owns the case. */
  companyId: string;
  /** The environment of the process version the case runs. */
  environment: Environment;
  /** The process slug (`processId`) of the case. */
  processSlug: string;
  /** The process version the case was started on. */
  processVersion: number;
  /** The case's number, unique per company, process and environment. */
  caseNumber: number;
  /** Who started the case (`user`) and when (`date`, ISO timestamp). */
  createAudit: { user: string; date: string };
  /** Every field value written so far, by slug. */
  fields: JsonObject;
  /** The same values as a list, one entry per slug, in the API's `fieldValues` shape. */
  fieldValues: FieldValue[];
  /** The steps of the case, oldest first; the first is the start. */
  history: HistoryEntry[];
  /** True once the case reached a final form. */
  closed: boolean;
}

/** An attachment value: `{ fileName, fileUrl }`, both strings. */
export const isAttachmentValue = (
  value: unknown,
): value is { fileName: string; fileUrl: string } & JsonObject =>
  isJsonObject(value) && typeof value.fileName === 'string' && typeof value.fileUrl === 'string';

/** The form the case waits on, or the final form it closed at. */
export const currentFormId = (record: CaseRecord): string =>
  record.history[record.history.length - 1]?.nextActivity.formId ?? '';

/**
 * Merges form data into the case: every value into `fields`, and one `fieldValues` entry per slug
 * (attachments with `fileName`/`fileUrl`, other values with `value`), replacing older entries.
 */
export function mergeFormData(record: CaseRecord, formData: JsonObject): void {
  for (const [slug, value] of Object.entries(formData)) {
    setOwn(record.fields, slug, value);
    const entry: FieldValue = isAttachmentValue(value)
      ? { slug, fileName: value.fileName, fileUrl: value.fileUrl }
      : { slug, value };
    const index = record.fieldValues.findIndex((existing) => existing.slug === slug);
    if (index === -1) record.fieldValues.push(entry);
    else record.fieldValues[index] = entry;
  }
}
