import { randomHex } from './random-hex.js';

/** A stored upload. */
export interface StoredAttachment {
  readonly companyId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/** Content types by lower-case extension (a Map: the extension comes from an uploaded file name). */
const contentTypes: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '.pdf': 'application/pdf',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.webp': 'image/webp',
    '.svg': 'image/svg+xml',
    '.txt': 'text/plain; charset=utf-8',
    '.csv': 'text/csv; charset=utf-8',
    '.json': 'application/json',
    '.xml': 'application/xml',
    '.html': 'text/html; charset=utf-8',
    '.zip': 'application/zip',
    '.doc': 'application/msword',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    '.xls': 'application/vnd.ms-excel',
    '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  }),
);

/** A file name's extension with its dot (`.pdf`), like `node:path`'s `extname`: '' for `.bashrc`. */
function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

/** The content type for a file name, by extension; `application/octet-stream` when unknown. */
export const contentTypeFor = (fileName: string): string =>
  contentTypes.get(extensionOf(fileName).toLowerCase()) ?? 'application/octet-stream';

// Standard alphabet, padding only at the end. A plain character-class loop: a grouped
// `(?:....)*` pattern overflows the regex stack on multi-MB uploads.
// Uploads carry their file as base64 (assumption:upload-base64).
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64 already checked to be strict: Node's Buffer where there is one (faster), else atob. */
function decodeCheckedBase64(text: string): Uint8Array {
  if (typeof globalThis.Buffer === 'function') return globalThis.Buffer.from(text, 'base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Decodes strict base64 (standard alphabet, padded to a multiple of 4), or returns undefined:
 * Buffer.from alone would silently skip bad characters.
 */
export const decodeBase64 = (text: string): Uint8Array | undefined =>
  text.length % 4 === 0 && base64Pattern.test(text) ? decodeCheckedBase64(text) : undefined;

/** Uploaded files, in memory, under unguessable ids (128 random bits). */
export class AttachmentStore {
  readonly #files = new Map<string, StoredAttachment>();
  #totalBytes = 0;

  /** The bytes of every stored file together. */
  get totalBytes(): number {
    return this.#totalBytes;
  }

  /** Stores a file and returns its id. */
  add(companyId: string, fileName: string, content: Uint8Array): string {
    const id = randomHex(16);
    this.#files.set(id, { companyId, fileName, contentType: contentTypeFor(fileName), content });
    this.#totalBytes += content.byteLength;
    return id;
  }

  /** A stored file, or undefined. */
  get(id: string): StoredAttachment | undefined {
    return this.#files.get(id);
  }

  /** Every stored file with its id (for saving the state). */
  entries(): [string, StoredAttachment][] {
    return [...this.#files];
  }

  /** Stores a file under a known id (for loading a saved state). */
  restore(id: string, attachment: StoredAttachment): void {
    this.#files.set(id, attachment);
  }
}
