import type { Environment } from '../seed/seed-types.js';
import { isJsonObject, setOwn, type JsonObject } from './json-values.js';

/** A form reference inside a history entry. */
export interface ActivityRef {
  formId: string;
}

/**
 * One step of a case: the start (`currentActivity.formId` is `''`) or an executed activity
 * (`currentActivity` is the executed form).
 */
export interface HistoryEntry {
  currentActivity: ActivityRef;
  nextActivity: ActivityRef;
  updatedBy: string;
  updatedOn: string;
}

/** A field value as listed in `fieldValues`: `{slug, value}`, or `{slug, fileName, fileUrl}` for files. */
export interface FieldValue {
  slug: string;
  value?: unknown;
  fileName?: string;
  fileUrl?: string;
}

/** A stored case. `history`'s last `nextActivity` is the form the case waits on (or closed at). */
export interface CaseRecord {
  companyId: string;
  environment: Environment;
  processSlug: string;
  processVersion: number;
  caseNumber: number;
  createAudit: { user: string; date: string };
  fields: JsonObject;
  fieldValues: FieldValue[];
  history: HistoryEntry[];
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
