import { connect } from 'node:net';

/** What the server sent back before it closed the connection. */
export interface SocketExchange {
  /** The reply's status, or 0 when the server closed without a reply. */
  readonly status: number;
  /** Reply headers by lower-case name (the last one of a repeated name). */
  readonly headers: ReadonlyMap<string, string>;
  /** The reply body as text. */
  readonly body: string;
}

/**
 * Writes `bytes` to a TCP connection to `url`'s host and port exactly as given (two Host headers,
 * a body that never ends: what node:http and fetch refuse to send), never ends the writing side,
 * and resolves once the server closes the connection, with the reply it sent. Requests that
 * should get a reply on a kept-alive connection send `Connection: close`.
 */
export function socketExchange(url: string, bytes: string): Promise<SocketExchange> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: hostname, port: Number(port), allowHalfOpen: true });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      socket.destroy();
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map<string, string>();
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0)
          headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: split === -1 ? '' : text.slice(split + 4),
      });
    });
    socket.write(bytes);
  });
}
