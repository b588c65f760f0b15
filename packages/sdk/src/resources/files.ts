import { uploadAttachment } from '@blizwork/client';
import { isRecord, requireString } from '../internal/options/arguments.js';
import { CALL_OPTION_KEYS, checkOptionKeys } from '../internal/options/option-keys.js';
import type { Extractor } from '../internal/pipeline/settle.js';
import type { RequestPipeline } from '../internal/pipeline/request-pipeline.js';
import type { AttachmentValue, CallOptions } from '../types.js';

/**
 * A file's content. A string is text: it is encoded as UTF-8 (it is NOT taken as base64). Bytes
 * may be a Uint8Array (a Node Buffer is one), an ArrayBuffer or a Blob.
 */
export type FileContent = Uint8Array | ArrayBuffer | Blob | string;

/** What `uploadFile` sends. */
export interface UploadFileInput {
  /** The file name, e.g. `quote.pdf`. */
  fileName: string;
  /** The file's bytes or text. */
  content: FileContent;
}

const ATTACHMENT: Extractor<AttachmentValue> = {
  what: 'the stored file ({ fileName, fileUrl }) in payload',
  read: ({ payload }) =>
    isRecord(payload) && typeof payload.fileName === 'string' && typeof payload.fileUrl === 'string'
      ? { fileName: payload.fileName, fileUrl: payload.fileUrl }
      : undefined,
};

async function toBytes(content: unknown): Promise<Uint8Array> {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  if (content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  if (typeof Blob !== 'undefined' && content instanceof Blob)
    return new Uint8Array(await content.arrayBuffer());
  throw new TypeError(
    'BlizWork: uploadFile content must be a string, Uint8Array, ArrayBuffer or Blob',
  );
}

/** Base64 of bytes, without Node's Buffer (the SDK also runs in browsers). */
export async function toBase64(content: FileContent): Promise<string> {
  const bytes = await toBytes(content);
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * Uploads a file (base64 in the JSON body, module `form`) and resolves `{ fileName, fileUrl }`
 * (assumption:upload-base64, assumption:upload-reply-attachment).
 */
export async function uploadFile(
  pipeline: RequestPipeline,
  input: UploadFileInput,
  options: CallOptions,
): Promise<AttachmentValue> {
  checkOptionKeys('uploadFile', options, CALL_OPTION_KEYS);
  const filename = requireString(input?.fileName, 'fileName');
  const body = {
    userId: pipeline.settings.userId,
    module: 'form',
    filename,
    file: await toBase64(input.content),
  };
  return pipeline.send(
    uploadAttachment,
    { body },
    { operation: 'uploadAttachment', signal: options.signal, extract: ATTACHMENT },
  );
}
