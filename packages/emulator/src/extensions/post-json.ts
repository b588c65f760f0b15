import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** The outcome of a POST: the HTTP status, or 0 with the reason when no answer came. */
export interface PostOutcome {
  readonly status: number;
  readonly error?: string;
}

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : (error as Error).message;
};

/**
 * POSTs a JSON body and resolves with the response status once the response has been read
 * (discarded). Never rejects: connection failures, timeouts and aborts resolve with status 0.
 */
export function postJson(
  url: string,
  body: unknown,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<PostOutcome> {
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
      response.on('error', () => settle({ status: response.statusCode ?? 0 }));
      response.on('end', () => settle({ status: response.statusCode ?? 0 }));
      response.resume();
    });
    request.on('error', (error) => settle({ status: 0, error: reasonOf(error) }));
    request.end(payload);
  });
}
