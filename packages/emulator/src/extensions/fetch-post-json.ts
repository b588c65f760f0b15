import { MAX_RESPONSE_BODY_BYTES, type PostJson, type PostOutcome } from './post-outcome.js';

/**
 * The reason a fetch failed: the system error code (`ECONNREFUSED`), searched through the causes
 * (and an AggregateError's errors) where the runtime puts it, else the error's message.
 */
function reasonOf(error: unknown): string {
  const pending: unknown[] = [error];
  for (let depth = 0; depth < 8 && pending.length > 0; depth += 1) {
    const item = pending.shift() as { code?: unknown; cause?: unknown; errors?: unknown } | null;
    if (typeof item !== 'object' || item === null) continue;
    if (typeof item.code === 'string' && /^E[A-Z]+$/.test(item.code)) return item.code;
    pending.push(item.cause, ...(Array.isArray(item.errors) ? (item.errors as unknown[]) : []));
  }
  return error instanceof Error ? error.message : String(error);
}

/** Reads at most {@link MAX_RESPONSE_BODY_BYTES} of a reply body as UTF-8, then stops reading. */
async function readStart(response: Response): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let kept = 0;
  try {
    while (kept < MAX_RESPONSE_BODY_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      const part = value.subarray(0, MAX_RESPONSE_BODY_BYTES - kept);
      chunks.push(part);
      kept += part.length;
    }
  } catch {
    // A reply cut short keeps what arrived, as the Node poster does.
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const whole = new Uint8Array(kept);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return new TextDecoder().decode(whole);
}

/**
 * POSTs a JSON body with the global `fetch` (the runtime-neutral core's extension calls): no
 * redirect followed, a timeout and the emulator's closing signal. Never rejects.
 */
export const fetchPostJson: PostJson = async (url, body, timeoutMs, signal) => {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onClose = (): void => controller.abort();
  signal.addEventListener('abort', onClose, { once: true });
  if (signal.aborted) controller.abort();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: controller.signal,
    });
    const outcome: PostOutcome = {
      status: response.status,
      responseBody: await readStart(response),
    };
    return outcome;
  } catch (error) {
    if (timedOut) return { status: 0, error: `timeout after ${timeoutMs} ms` };
    return { status: 0, error: signal.aborted ? 'emulator closed' : reasonOf(error) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onClose);
  }
};
