import { ResultCodes } from '../result-codes.js';
import { decodeBase64 } from '../state/attachments.js';
import { refuseUnknownUser } from './guards.js';
import type { OperationContext, Reply, RequestBody } from './operation-context.js';
import { refuse, succeed } from '../reply-envelope.js';

/** The path the emulator serves a stored file at (GET), under its unguessable id. */
export const attachmentPath = (id: string, fileName: string): string =>
  `/attachments/${id}/${encodeURIComponent(fileName)}`;

/** `POST /attachment/upload/{token}/`: stores the file in memory and returns `{fileName, fileUrl}`. */
export function uploadAttachment(
  body: RequestBody<'uploadAttachment'>,
  context: OperationContext,
): Reply {
  const refusal = refuseUnknownUser(context, body.userId);
  if (refusal !== undefined) return refuse(refusal);
  const content = decodeBase64(body.file);
  if (content === undefined) {
    return refuse({
      code: ResultCodes.malformedRequest,
      message: 'file must be base64 (standard alphabet, padded)',
    });
  }
  const { attachments } = context.state;
  if (attachments.totalBytes + content.byteLength > context.maxAttachmentBytes) {
    return refuse({
      code: ResultCodes.attachmentStoreFull,
      message: `the emulator's attachment store is full (${attachments.totalBytes} of ${context.maxAttachmentBytes} bytes used, this file has ${content.byteLength}): raise the maxAttachmentBytes option (CLI --max-attachment-bytes) or reset() the emulator`,
    });
  }
  const id = context.state.attachments.add(context.company.companyId, body.filename, content);
  return succeed({
    payload: {
      fileName: body.filename,
      fileUrl: context.baseUrl + attachmentPath(id, body.filename),
    },
  });
}
