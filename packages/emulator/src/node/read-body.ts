import type { IncomingMessage } from 'node:http';
import { ClientAbortedError, type BodyOutcome } from '../http/plain-http.js';

/**
 * Reads a request body as UTF-8 text, counting streamed bytes: as soon as they pass `maxBytes` it stops keeping
 * chunks and resolves `tooLarge`, so an oversized (e.g. chunked) body is never buffered whole.
 * Rejects with ClientAbortedError when the client aborts.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBytes) {
        request.off('data', onData);
        request.off('end', onEnd);
        chunks.length = 0;
        resolve({ kind: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    };
    // Small JSON bodies arrive in one chunk: no copy then.
    const onEnd = (): void =>
      resolve({
        kind: 'complete',
        text: (chunks.length === 1
          ? (chunks[0] as Buffer)
          : Buffer.concat(chunks, received)
        ).toString('utf8'),
      });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', () => reject(new ClientAbortedError('client aborted the request')));
    request.on('aborted', () => reject(new ClientAbortedError('client aborted the request')));
  });
}
