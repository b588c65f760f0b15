import type { Rejection } from './responses.js';

/** The body text, or why it was refused. */
export type BodyReadResult = { ok: true; text: string } | { ok: false; rejection: Rejection };

/** Limits of {@link readLimitedBody}. */
export interface BodyLimits {
  /** Largest accepted body, in bytes (413 above it). */
  limitBytes: number;
  /** Time allowed to receive the whole body, from the first read (408 after it). */
  deadlineMs: number;
}

const TIMED_OUT = Symbol('timed out');

/**
 * Reads a request body as UTF-8 text, refusing it with 413 as soon as it exceeds `limitBytes`:
 * first from `content-length`, then by counting streamed bytes (a chunked body, or one whose
 * `content-length` lies, is counted too), so an oversized body is never buffered whole. A body
 * still incomplete after `deadlineMs` gets 408, so a slow sender cannot hold the handler. On
 * refusal the rest of the stream is cancelled, not read.
 */
export async function readLimitedBody(
  request: Request,
  { limitBytes, deadlineMs }: BodyLimits,
): Promise<BodyReadResult> {
  const refuse = async (rejection: Rejection): Promise<BodyReadResult> => {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false, rejection };
  };
  const tooLarge: Rejection = { status: 413, error: `request body exceeds ${limitBytes} bytes` };
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limitBytes) return refuse(tooLarge);
  if (request.body === null) return { ok: true, text: '' };

  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), deadlineMs);
  });
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === TIMED_OUT) {
        await reader.cancel().catch(() => undefined);
        return {
          ok: false,
          rejection: { status: 408, error: `request body not received within ${deadlineMs} ms` },
        };
      }
      if (next.done) break;
      received += next.value.byteLength;
      if (received > limitBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, rejection: tooLarge };
      }
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
  }
  return decodeUtf8(chunks, received);
}

/** Joins the chunks and decodes them strictly: invalid UTF-8 is a 400, never U+FFFD in user data. */
function decodeUtf8(chunks: Uint8Array[], length: number): BodyReadResult {
  const joined = new Uint8Array(length);
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
