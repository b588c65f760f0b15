import { request } from 'node:http';
import { assertReplyMatchesSpec } from './spec-contract.js';

/** A raw reply: status, headers and the parsed JSON body. */
export interface RawReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
}

/**
 * POSTs with full control over the body stream: `write` is called repeatedly with a writer until
 * it returns false or a response arrives (so an over-limit stream can be sent without an end).
 * Errors after the response (EPIPE, ECONNRESET when the server hangs up) are ignored. The reply
 * must be a spec envelope (the HttpError schema for non-200 statuses).
 */
export function rawPost(
  url: string,
  headers: Record<string, string>,
  nextChunk: (index: number) => Buffer | undefined,
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      agent: false,
    });
    req.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        req.destroy();
        try {
          assertReplyMatchesSpec(undefined, status, body);
          resolve({ status, headers: response.headers, body });
        } catch (error) {
          reject(error); // eslint-disable-line @typescript-eslint/prefer-promise-reject-errors -- the spec assertion's own error, passed on unchanged
        }
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.flushHeaders();
    let index = 0;
    const pump = (): void => {
      if (answered || req.destroyed) return;
      const chunk = nextChunk(index);
      index += 1;
      if (chunk === undefined) return void req.end();
      if (req.write(chunk)) setImmediate(pump);
      else req.once('drain', pump);
    };
    pump();
  });
}
