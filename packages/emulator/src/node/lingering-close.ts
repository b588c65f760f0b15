import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * How long the server keeps reading (and dropping) a request body after an early reply that closes
 * the connection. A client that writes its whole body before it reads the reply needs this time to
 * finish; one that stops at the reply needs none. nginx (`lingering_time`) and Apache bound it the
 * same way; a few seconds cover a body of tens of MiB on any link the emulator is used over.
 */
export const LINGER_MAX_MS = 5_000;

/**
 * How many body bytes the server drops after such a reply before it cuts the client off: four
 * times the default `maxBodyBytes` (16 MiB), so a client that sends a body somewhat over the limit
 * reads the 413, while one that never stops cannot keep the connection for more than this.
 */
export const LINGER_MAX_BYTES = 64 * 1024 * 1024;

/** The bounds of a lingering close (the defaults above; tests pass smaller ones). */
export interface LingerBounds {
  readonly maxMs: number;
  readonly maxBytes: number;
}

const defaultBounds: LingerBounds = { maxMs: LINGER_MAX_MS, maxBytes: LINGER_MAX_BYTES };

/**
 * Ends a reply that closes the connection (`connection: close`, head already written) without a
 * TCP reset: writes `body` at once, then reads and drops the rest of the request body, and only
 * when it has ended ends the response (node:http then closes the socket with nothing left unread).
 * A socket closed with unread bytes in its receive buffer sends a reset, and a client still
 * uploading (a 413 for a declared length, a 408, a refusal that does not read the body) then sees
 * "connection reset" instead of the reply. Node's own discard does not help here: with
 * `connection: close` it closes as soon as the reply is written. Past `maxMs` or `maxBytes` of
 * dropped body, the client is cut off. Nothing drained is kept.
 */
export function endLingering(
  request: IncomingMessage,
  response: ServerResponse,
  body: string | Uint8Array,
  bounds: LingerBounds = defaultBounds,
): void {
  if (request.readableEnded || request.destroyed) {
    response.end(body);
    return;
  }
  // The reply is complete on the wire (its content-length is sent): the client can read it now.
  response.write(body);
  let drained = 0;
  const settle = (end: () => void): void => {
    clearTimeout(deadline);
    request.off('data', onData);
    request.off('end', onEnd);
    request.off('error', onGone);
    request.off('close', onClose);
    end();
  };
  const onData = (chunk: Buffer): void => {
    drained += chunk.length;
    if (drained > bounds.maxBytes) settle(() => response.destroy());
  };
  const onEnd = (): void => settle(() => response.end());
  const onGone = (): void => settle(() => response.destroy());
  // 'close' before 'end': the client went away mid-body.
  const onClose = (): void => {
    if (!request.readableEnded) onGone();
  };
  const deadline = setTimeout(() => settle(() => response.destroy()), bounds.maxMs).unref();
  request.on('data', onData);
  request.on('end', onEnd);
  request.on('error', onGone);
  request.on('close', onClose);
  request.resume();
}
