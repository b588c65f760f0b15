// Requests written byte by byte on a raw TCP socket, for what `fetch` and `http.request` refuse to send.
import { connect } from 'node:net';

/** A reply read off a raw socket: its status (0 if none came) and the whole text. */
export interface RawReply {
  status: number;
  text: string;
}

/**
 * Writes `head` (and then each of `chunks`, in order) to a fresh TCP connection to 127.0.0.1:port
 * and resolves the reply once the server closes the connection. For requests `fetch` and
 * `http.request` refuse to send: malformed `Host` headers, odd request targets, lying lengths.
 */
export function sendRaw(
  port: number,
  head: string,
  chunks: Array<string | Buffer> = [],
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('connect', () => {
      socket.write(head);
      for (const chunk of chunks) socket.write(chunk);
    });
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(received).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, text });
    });
  });
}

/** The head of a POST with a JSON content type; `headers` are added verbatim, one per line. */
export function rawPostHead(target: string, headers: string[]): string {
  return [
    `POST ${target} HTTP/1.1`,
    'content-type: application/json',
    'connection: close',
    ...headers,
    '',
    '',
  ].join('\r\n');
}

/** POSTs a JSON text over a raw socket with the given target and `Host` header. */
export function postRawJson(
  port: number,
  { target, host, json }: { target: string; host: string; json: string },
): Promise<RawReply> {
  const head = rawPostHead(target, [`host: ${host}`, `content-length: ${Buffer.byteLength(json)}`]);
  return sendRaw(port, head, [json]);
}
