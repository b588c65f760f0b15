import type { ServerResponse } from 'node:http';

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Writes a JSON reply with its length; extra headers (e.g. `allow`, `connection`) are added. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): void {
  // Ended with a string, not a Buffer: node:http then prepends the head to it and queues one chunk,
  // where a Buffer costs its own copy and a separate head chunk. The bytes on the wire are the same.
  const text = JSON.stringify(body);
  const length = String(Buffer.byteLength(text));
  response.writeHead(
    status,
    headers === undefined
      ? { 'content-type': JSON_CONTENT_TYPE, 'content-length': length }
      : { 'content-type': JSON_CONTENT_TYPE, 'content-length': length, ...headers },
  );
  response.end(text);
}
