import type { Rejection } from './responses.js';

/** The body text, or why it was refused. */
export type BodyReadResult = { ok: true; text: string } | { ok: false; rejection: Rejection };

/**
 * Reads a request body as UTF-8 text, refusing it with 413 as soon as it exceeds `limitBytes`:
 * first from `content-length`, then by counting streamed bytes, so an oversized body is never
 * buffered whole (the rest of the stream is cancelled, not read).
 */
export async function readLimitedBody(
  request: Request,
  limitBytes: number,
): Promise<BodyReadResult> {
  const tooLarge: BodyReadResult = {
    ok: false,
    rejection: { status: 413, error: `request body exceeds ${limitBytes} bytes` },
  };
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) {
    await request.body?.cancel().catch(() => undefined);
    return tooLarge;
  }
  if (request.body === null) return { ok: true, text: '' };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(joined) };
  } catch {
    return { ok: false, rejection: { status: 400, error: 'request body is not valid UTF-8' } };
  }
}
