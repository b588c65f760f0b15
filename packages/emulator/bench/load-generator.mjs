// A small HTTP/1.1 load generator on raw keep-alive sockets, in the spirit of autocannon: each
// connection sends one prebuilt request, reads the reply (headers, then `content-length` bytes)
// and sends the next. No per-request objects or header parsing beyond the length, so the client
// costs far less than the server it measures (a node:http client costs about as much as the
// server, and would cap both sides at its own speed).
import { connect } from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length: *(\d+)/i;

/** The bytes of a keep-alive POST with a JSON body. */
export function postRequest(port, path, body) {
  const bytes = Buffer.from(body);
  return Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\n` +
        `content-length: ${bytes.length}\r\n\r\n`,
    ),
    bytes,
  ]);
}

/** One keep-alive connection that sends `request` again as soon as each reply is complete. */
function openConnection(port, request, onReply, onError) {
  const socket = connect({ port, host: '127.0.0.1', noDelay: true });
  let pending = Buffer.alloc(0);
  let stopped = false;
  socket.on('data', (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      const headerEnd = pending.indexOf(HEADER_END);
      if (headerEnd === -1) return;
      const head = pending.toString('latin1', 0, headerEnd);
      const length = CONTENT_LENGTH.exec(head);
      if (!head.startsWith('HTTP/1.1 200') || length === null) {
        return onError(new Error(`unexpected reply: ${head.split('\r\n')[0]}`));
      }
      const end = headerEnd + HEADER_END.length + Number(length[1]);
      if (pending.length < end) return;
      pending = pending.subarray(end);
      onReply();
      if (!stopped) socket.write(request);
    }
  });
  socket.on('error', onError);
  socket.write(request);
  return {
    stop: () => {
      stopped = true;
      socket.destroy();
    },
  };
}

/**
 * Sends `request` to 127.0.0.1:`port` over `connections` keep-alive connections for `durationMs`
 * (each connection keeps one request in flight); resolves `{ replies, perSecond }`.
 */
export function measureRate(port, request, connections, durationMs) {
  return new Promise((resolve, reject) => {
    let replies = 0;
    let failed = false;
    const fail = (error) => {
      if (failed) return;
      failed = true;
      open.forEach((connection) => connection.stop());
      reject(error);
    };
    const started = performance.now();
    const open = Array.from({ length: connections }, () =>
      openConnection(port, request, () => (replies += 1), fail),
    );
    setTimeout(() => {
      const seconds = (performance.now() - started) / 1000;
      open.forEach((connection) => connection.stop());
      if (!failed) resolve({ replies, perSecond: replies / seconds });
    }, durationMs);
  });
}
