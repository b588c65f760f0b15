import type { BodyOutcome, PlainReply, PlainRequest } from './plain-http.js';

/** The `fetch` signature the SDK (and any web client) takes. */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Reads a web request's body as UTF-8 text, counting bytes: past `maxBytes` it stops reading. */
async function readRequestBody(request: Request, maxBytes: number): Promise<BodyOutcome> {
  if (request.body === null) return { kind: 'complete', text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return { kind: 'tooLarge' };
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return { kind: 'complete', text: text + decoder.decode() };
}

/** Settles like `work`, or rejects with the signal's reason as soon as it is aborted. */
function abortable<T>(work: T | Promise<T>, signal: AbortSignal): Promise<T> {
  if (!(work instanceof Promise)) return Promise.resolve(work);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const encoder = new TextEncoder();

/**
 * Wraps the core's request handling as a `fetch` function: no socket, no port. Only the path and
 * query of the URL matter (any origin reaches this emulator). The reply carries the same status,
 * headers and bytes the Node server would send; HEAD and 204 replies have no body. A caller's
 * `AbortSignal` rejects the call with its reason, as `fetch` does.
 */
export function createFetch(
  handle: (request: PlainRequest) => PlainReply | Promise<PlainReply | undefined>,
): FetchFunction {
  return async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const url = new URL(request.url);
    const plain: PlainRequest = {
      method: request.method,
      url: `${url.pathname}${url.search}`,
      header: (name) => request.headers.get(name) ?? undefined,
      readBody: (maxBytes) => readRequestBody(request, maxBytes),
    };
    const reply = await abortable(handle(plain), request.signal);
    if (reply === undefined) throw new TypeError('fetch failed: the emulator dropped the request');
    const bytes = typeof reply.body === 'string' ? encoder.encode(reply.body) : reply.body;
    const headers = new Headers(reply.headers);
    // Hop-by-hop: meaningful for the Node server's socket only.
    headers.delete('connection');
    headers.set('content-length', String(bytes.byteLength));
    const bodyless = request.method === 'HEAD' || reply.status === 204 || reply.status === 304;
    return new Response(bodyless ? null : (bytes as Uint8Array<ArrayBuffer>), {
      status: reply.status,
      headers,
    });
  };
}
