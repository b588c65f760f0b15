import type { AttachmentStore } from './attachments.js';
import type { FieldValue } from '../domain/terms.js';
import type { CaseRecord } from './case-record.js';
import { isJsonObject, setOwn, type JsonObject } from './json-values.js';

// Cases keep an uploaded file's URL as a path (`/attachments/{id}/{name}`), not as an absolute
// URL: the emulator may restart on another address with the same data, and a stored
// `http://127.0.0.1:<old port>/…` would point nowhere. Replies add the current address.

/** The path prefix of the emulator's own file route. */
const ownFilePrefix = '/attachments/';
const ownFilePath = /^\/attachments\/([0-9a-f]{32})\/[^/?#]*$/;

/**
 * The path of `fileUrl` when it is this emulator's file route for a file it holds (an absolute
 * URL on any address, as an older state file or a client that read it before a restart has it,
 * or already a path); undefined for any other URL, which is stored as it is.
 */
export function ownFilePathOf(fileUrl: string, attachments: AttachmentStore): string | undefined {
  let path: string;
  try {
    const url = new URL(fileUrl, 'http://emulator.invalid');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.search !== '' || url.hash !== '') return undefined;
    path = url.pathname;
  } catch {
    return undefined;
  }
  const id = ownFilePath.exec(path)?.[1];
  return id !== undefined && attachments.get(id) !== undefined ? path : undefined;
}

/** An attachment value `{ fileName, fileUrl }` (other values: undefined). */
const attachmentUrl = (value: unknown): string | undefined =>
  isJsonObject(value) && typeof value.fileName === 'string' && typeof value.fileUrl === 'string'
    ? value.fileUrl
    : undefined;

/** `formData` with the URLs of the emulator's own files turned into paths (what a case stores). */
export function storedFormData(formData: JsonObject, attachments: AttachmentStore): JsonObject {
  let stored: JsonObject | undefined;
  for (const [slug, value] of Object.entries(formData)) {
    const url = attachmentUrl(value);
    const path = url === undefined ? undefined : ownFilePathOf(url, attachments);
    if (path === undefined || path === url) continue;
    stored ??= { ...formData };
    setOwn(stored, slug, { ...(value as JsonObject), fileUrl: path });
  }
  return stored ?? formData;
}

/**
 * Turns the absolute URLs of the emulator's own files in a case into paths, in place: for a state
 * file written before cases stored paths.
 */
export function migrateFileUrls(record: CaseRecord, attachments: AttachmentStore): void {
  const stored = storedFormData(record.fields, attachments);
  if (stored !== record.fields) record.fields = stored;
  record.fieldValues = record.fieldValues.map((entry) => {
    const path =
      entry.fileUrl === undefined ? undefined : ownFilePathOf(entry.fileUrl, attachments);
    return path === undefined ? entry : { ...entry, fileUrl: path };
  });
}

const absolute = (fileUrl: string, baseUrl: string): string =>
  fileUrl.startsWith(ownFilePrefix) ? baseUrl + fileUrl : fileUrl;

/** A case's `fields` as replies show them: stored file paths under the current address. */
export function fieldsWithFileUrls(fields: JsonObject, baseUrl: string): JsonObject {
  let shown: JsonObject | undefined;
  for (const [slug, value] of Object.entries(fields)) {
    const url = attachmentUrl(value);
    if (url === undefined || !url.startsWith(ownFilePrefix)) continue;
    shown ??= { ...fields };
    setOwn(shown, slug, { ...(value as JsonObject), fileUrl: absolute(url, baseUrl) });
  }
  return shown ?? fields;
}

/** A case's `fieldValues` as replies show them: stored file paths under the current address. */
export const fieldValuesWithFileUrls = (
  fieldValues: FieldValue[],
  baseUrl: string,
): FieldValue[] =>
  fieldValues.some((entry) => entry.fileUrl?.startsWith(ownFilePrefix) === true)
    ? fieldValues.map((entry) =>
        entry.fileUrl === undefined
          ? entry
          : { ...entry, fileUrl: absolute(entry.fileUrl, baseUrl) },
      )
    : fieldValues;
