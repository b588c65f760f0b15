import type { IncomingMessage, ServerResponse } from 'node:http';
import { ResultCodes } from '../result-codes.js';
import type { AttachmentStore } from '../state/attachments.js';
import { sendJson } from './send-json.js';

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
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  attachments: AttachmentStore,
): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(
      response,
      405,
      { resultCode: ResultCodes.methodNotAllowed, resultMessage: 'files answer GET only' },
      { allow: 'GET, HEAD' },
    );
    return;
  }
  const id = path.slice(attachmentPrefix.length).split('/')[0] ?? '';
  const file = attachments.get(id);
  if (file === undefined) {
    sendJson(response, 404, {
      resultCode: ResultCodes.routeNotFound,
      resultMessage: 'no such file',
    });
    return;
  }
  response.writeHead(200, {
    'content-type': file.contentType,
    'content-length': String(file.content.length),
    'content-disposition': contentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
  });
  response.end(file.content);
}
