import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  MAX_RESPONSE_BODY_BYTES,
  type PostJson,
  type PostOutcome,
} from '../extensions/post-outcome.js';

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : (error as Error).message;
};

/**
 * POSTs a JSON body with `node:http`/`node:https` (the Node emulator's extension calls) and
 * resolves with the response status and (the first 64 KiB of) its body once the response has been
 * read. Never rejects: connection failures, timeouts and aborts resolve with status 0.
 */
export const nodePostJson: PostJson = (url, body, timeoutMs, signal) => {
  return new Promise((resolve) => {
    const payload = Buffer.from(JSON.stringify(body));
    const request = (url.startsWith('https:') ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      agent: false,
      signal,
      headers: { 'content-type': 'application/json', 'content-length': payload.length },
    });
    let settled = false;
    const settle = (outcome: PostOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      settle({ status: 0, error: `timeout after ${timeoutMs} ms` });
      request.destroy();
    }, timeoutMs);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      const answered = (): PostOutcome => ({
        status: response.statusCode ?? 0,
        responseBody: Buffer.concat(chunks).toString('utf8'),
      });
      response.on('data', (chunk: Buffer) => {
        // Keep the start of the body for the call log; read (and drop) the rest.
        if (kept >= MAX_RESPONSE_BODY_BYTES) return;
        const part = chunk.subarray(0, MAX_RESPONSE_BODY_BYTES - kept);
        chunks.push(part);
        kept += part.length;
      });
      response.on('error', () => settle(answered()));
      response.on('end', () => settle(answered()));
    });
    request.on('error', (error) => settle({ status: 0, error: reasonOf(error) }));
    request.end(payload);
  });
};
