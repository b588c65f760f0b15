// Reads a reply body as text with a size cap, so a huge or endless reply cannot exhaust memory:
// `response.text()` buffers everything first and only then would a size be known.

/** Why a body was not read: it announced, or reached, more than the limit. */
export interface Oversize {
  limitBytes: number;
  /** The `content-length` that announced too much, if that is how it was caught. */
  declaredBytes?: number;
}

/** The body's text, or why it was refused. Rejects like `response.text()` for a dropped connection. */
export async function readLimitedText(
  response: Response,
  limitBytes: number,
): Promise<{ text: string; bytes: number } | { oversize: Oversize }> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limitBytes) {
    // Refused before a byte of the body is read; cancelling releases the connection.
    await response.body?.cancel().catch(() => undefined);
    return { oversize: { limitBytes, declaredBytes: declared } };
  }
  if (!response.body) return { text: '', bytes: 0 };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), bytes: received };
    received += value.byteLength;
    // Counted as the bytes arrive: a chunked body, or one whose content-length lies, is caught too.
    if (received > limitBytes) {
      await reader.cancel().catch(() => undefined);
      return { oversize: { limitBytes } };
    }
    text += decoder.decode(value, { stream: true });
  }
}
