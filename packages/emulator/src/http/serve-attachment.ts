import { envelope } from '../reply-envelope.js';
import { ResultCodes } from '../result-codes.js';
import type { AttachmentStore } from '../state/attachments.js';
import { jsonReply, type PlainReply } from './plain-http.js';

/** The path prefix of stored files (`/attachments/{id}/{fileName}`). */
export const attachmentPrefix = '/attachments/';

const contentDisposition = (fileName: string): string => {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
};

/**
 * Serves an uploaded file (GET or HEAD) with the content type of its extension and a download
 * disposition. The id (128 random bits) is the only credential, like a pre-signed URL.
 */
export function serveAttachment(
  method: string,
  path: string,
  attachments: AttachmentStore,
): PlainReply {
  if (method !== 'GET' && method !== 'HEAD') {
    return jsonReply(405, envelope(ResultCodes.methodNotAllowed, 'files answer GET only'), {
      allow: 'GET, HEAD',
    });
  }
  const id = path.slice(attachmentPrefix.length).split('/')[0] ?? '';
  const file = attachments.get(id);
  if (file === undefined) {
    return jsonReply(404, envelope(ResultCodes.routeNotFound, 'no such file'));
  }
  return {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-disposition': contentDisposition(file.fileName),
      'x-content-type-options': 'nosniff',
    },
    body: file.content,
  };
}
