import type { ServerResponse } from 'node:http';

/** Writes a JSON reply with its length; extra headers (e.g. `allow`, `connection`) are added. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = Buffer.from(JSON.stringify(body));
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(payload.length),
    ...headers,
  });
  response.end(payload);
}
