// Requests written byte by byte on a raw TCP socket, for what `fetch` and `http.request` refuse to
// send: malformed or repeated `Host` headers, odd request targets, lying lengths, bodies that never
// end. The writing side is never ended; the reply is read until the server closes the connection.
import { connect } from 'node:net';

/** A reply read off a raw socket. */
export interface RawReply {
  /** The reply's status, or 0 when the server closed without a reply. */
  readonly status: number;
  /** The whole reply, one character per byte (latin1), head and body. */
  readonly text: string;
  /** Reply headers by lower-case name (the last one of a repeated name). */
  readonly headers: ReadonlyMap<string, string>;
  /** The reply body (what follows the head) decoded as UTF-8; empty when there was no head. */
  readonly body: string;
}

/** Splits what the server sent into status, headers and body. */
function parseReply(bytes: Buffer): RawReply {
  const text = bytes.toString('latin1');
  const split = bytes.indexOf('\r\n\r\n');
  const head = split === -1 ? text : text.slice(0, split);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return {
    status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
    text,
    headers,
    body: split === -1 ? '' : bytes.subarray(split + 4).toString('utf8'),
  };
}

/** Writes `pieces` in order to a fresh connection and resolves the reply once the server closes it. */
function exchange(
  host: string,
  port: number,
  pieces: ReadonlyArray<string | Buffer>,
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const received: Buffer[] = [];
    // Half-open: the server's end of the reply does not end this side's writing (a test may be
    // sending a body that never ends); the socket is destroyed once the reply has ended.
    const socket = connect({ host, port, allowHalfOpen: true });
    socket.on('connect', () => {
      for (const piece of pieces) socket.write(piece);
    });
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('end', () => socket.destroy());
    socket.on('error', reject);
    socket.on('close', () => resolve(parseReply(Buffer.concat(received))));
  });
}

/**
 * Writes `head` (and then each of `chunks`, in order) to a fresh TCP connection to 127.0.0.1:port
 * and resolves the reply once the server closes the connection.
 */
export function sendRaw(
  port: number,
  head: string,
  chunks: ReadonlyArray<string | Buffer> = [],
): Promise<RawReply> {
  return exchange('127.0.0.1', port, [head, ...chunks]);
}

/**
 * Writes `bytes` exactly as given to a TCP connection to `url`'s host and port, and resolves once
 * the server closes the connection, with the reply it sent. Requests that should get a reply on a
 * kept-alive connection send `Connection: close`.
 */
export function socketExchange(url: string, bytes: string): Promise<RawReply> {
  const { hostname, port } = new URL(url);
  return exchange(hostname, Number(port), [bytes]);
}

/** The head of a POST with a JSON content type; `headers` are added verbatim, one per line. */
export function rawPostHead(target: string, headers: readonly string[]): string {
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
