import { request } from 'node:http';

/** A reply of the dashboard or admin API: status, headers and the body (parsed when JSON). */
export interface AdminHttpReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  readonly body: unknown;
}

/** What to send: method (GET), path, headers (any, `host` and `origin` included) and a JSON body. */
export interface AdminHttpRequest {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly json?: unknown;
}

/**
 * Sends one request with node:http (which, unlike fetch, lets a test set `Host`, `Origin` and
 * `Sec-Fetch-Site` like a browser or an attacker would).
 */
export function adminHttp(baseUrl: string, options: AdminHttpRequest): Promise<AdminHttpReply> {
  const payload =
    options.json === undefined ? undefined : Buffer.from(JSON.stringify(options.json));
  return new Promise((resolve, reject) => {
    const req = request(new URL(options.path, baseUrl), {
      method: options.method ?? 'GET',
      agent: false,
      headers: {
        ...(payload === undefined
          ? {}
          : { 'content-type': 'application/json', 'content-length': String(payload.length) }),
        ...options.headers,
      },
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        if (String(response.headers['content-type']).startsWith('application/json')) {
          body = JSON.parse(text) as unknown;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, body });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}
