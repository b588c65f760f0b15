import type { IncomingMessage } from 'node:http';
import { ClientAbortedError, declaresOver, type BodyOutcome } from '../http/plain-http.js';

/**
 * Reads a request body as UTF-8 text: the one body reader of the Node server (BlizWork API and
 * admin API alike). It resolves `tooLarge` at once when the declared content-length is over
 * `maxBytes`, and as soon as the streamed bytes pass it (so an oversized, e.g. chunked, body is
 * never buffered whole); `timedOut` when the body is not complete within `timeoutMs` (a client
 * trickling bytes cannot hold the request open). After either, the caller answers with
 * `connection: close`, and the server drains the unread rest (bounded, never buffered) before it
 * closes the socket (`lingering-close.ts`). Rejects with ClientAbortedError when
 * the client aborts.
 */
export function readBody(
  request: IncomingMessage,
  maxBytes: number,
  timeoutMs: number,
): Promise<BodyOutcome> {
  if (declaresOver(request.headers['content-length'], maxBytes)) {
    return Promise.resolve({ kind: 'tooLarge' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const stop = (outcome: BodyOutcome): void => {
      clearTimeout(deadline);
      request.off('data', onData);
      request.off('end', onEnd);
      chunks.length = 0;
      resolve(outcome);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBytes) return stop({ kind: 'tooLarge' });
      chunks.push(chunk);
    };
    // Small JSON bodies arrive in one chunk: no copy then.
    const onEnd = (): void => {
      clearTimeout(deadline);
      resolve({
        kind: 'complete',
        text: (chunks.length === 1
          ? (chunks[0] as Buffer)
          : Buffer.concat(chunks, received)
        ).toString('utf8'),
      });
    };
    const aborted = (): void => {
      clearTimeout(deadline);
      reject(new ClientAbortedError('client aborted the request'));
    };
    const deadline = setTimeout(() => stop({ kind: 'timedOut' }), timeoutMs).unref();
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', aborted);
    request.on('aborted', aborted);
  });
}
