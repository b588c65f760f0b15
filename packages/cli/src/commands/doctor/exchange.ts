// How `doctor` talks to the API: one POST at a time, through the SDK (so every call is paced by the
// profile's plan, timed out and token-redacted like any command's), while a recording `fetch`
// keeps the raw HTTP reply (status, content type, body) for the checks to judge. The SDK's own
// verdict is ignored: the doctor wants to see exactly what came back, a 404 page or an envelope
// the SDK would refuse included.
import { BlizWork, type BlizWorkOptions } from '@blizwork/sdk';
import type { Client } from '@blizwork/client';

/** One request of the doctor. */
export interface ExchangeRequest {
  /** The path template, with `{token}` where the token goes, e.g. `/process/case/{token}/`. */
  readonly path: string;
  /** The JSON body, sent exactly as given. */
  readonly body: unknown;
  /** Sends a made-up token instead of the profile's (to see how the server refuses one). */
  readonly badToken?: boolean;
}

/** An HTTP reply as it came back. */
export interface RawReply {
  readonly status: number;
  /** The `content-type` header, `''` when absent. */
  readonly contentType: string;
  readonly text: string;
  /** The body parsed as JSON, `undefined` when it is not JSON. */
  readonly json: unknown;
}

/** A request and what came back: a reply, or why none did. */
export interface Exchange {
  /** The path template sent (never the token). */
  readonly path: string;
  readonly badToken: boolean;
  readonly reply: RawReply | undefined;
  /** Why nothing came back (connection refused, timeout...), when `reply` is undefined. */
  readonly failure: string | undefined;
}

/** Sends requests one at a time. */
export interface Exchanger {
  send(request: ExchangeRequest): Promise<Exchange>;
}

/** A token no account has: long, and marked so a server log says who sent it. */
export const MADE_UP_TOKEN = 'blizwork-doctor-made-up-token-0000000000';

/**
 * How an exchanger sends: `paced` at the profile's plan (every check and probe), or `burst`, not
 * paced (only the code-200 probe, with consent). Both send each request once: the doctor reports
 * what the server answered, a code 200 included, instead of resending.
 */
export type ExchangeMode = 'paced' | 'burst';

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** Statuses whose reply cannot carry a body (the `Response` constructor refuses one). */
const NULL_BODY = new Set([101, 204, 205, 304]);

/** The operation of one request: the hey-api client posts to the template, with `{token}` filled in. */
const operationFor = (request: ExchangeRequest) => {
  const operation = (options: { client: Client; path: { token: string } }) =>
    options.client.post({
      ...options,
      url: request.path,
      path: request.badToken ? { token: MADE_UP_TOKEN } : options.path,
    }) as Promise<{ data?: unknown }>;
  return operation;
};

/**
 * The exchangers of one doctor run, on the profile's client options (token, base URL,
 * `rateLimit`): every paced request waits on one limiter, so together they stay within the plan;
 * `fetch` is what the SDK's calls go through.
 */
export function createExchangers(
  client: BlizWorkOptions,
  fetchImpl: typeof fetch = globalThis.fetch,
): Record<ExchangeMode, Exchanger> {
  const recorded: RawReply[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetchImpl(input, init);
    const text = await response.text();
    recorded.push({
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text,
      json: parseJson(text),
    });
    return new Response(NULL_BODY.has(response.status) ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  const paced = new BlizWork({ ...client, fetch: recording, maxRetries: 0 });
  const { rateLimit: _ignored, ...unpacedOptions } = client;
  void _ignored;
  const burst = new BlizWork({ ...unpacedOptions, fetch: recording, maxRetries: 0 });
  const exchanger = (bw: BlizWork): Exchanger => ({
    async send(request) {
      const before = recorded.length;
      let failure: string | undefined;
      try {
        await bw.raw(operationFor(request), { body: request.body as never }, { retry: false });
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const reply = recorded.length > before ? recorded[recorded.length - 1] : undefined;
      return {
        path: request.path,
        badToken: request.badToken === true,
        reply,
        failure: reply === undefined ? (failure ?? 'no reply') : undefined,
      };
    },
  });
  return { paced: exchanger(paced), burst: exchanger(burst) };
}

/** True when the path itself was not found (HTTP 404 or 405): nothing ran, another form may work. */
export const pathNotFound = (exchange: Exchange): boolean =>
  exchange.reply?.status === 404 || exchange.reply?.status === 405;

/** The same path with its trailing slash removed, or one added. */
export const otherPathForm = (path: string): string =>
  path.endsWith('/') ? path.slice(0, -1) : `${path}/`;

/**
 * Sends in the path's form and, only when that path is not found (so nothing ran), in the other
 * form: for probes whose subject is not the path form itself.
 */
export async function sendInEitherForm(
  exchanger: Exchanger,
  request: ExchangeRequest,
): Promise<Exchange> {
  const exchange = await exchanger.send(request);
  return pathNotFound(exchange)
    ? exchanger.send({ ...request, path: otherPathForm(request.path) })
    : exchange;
}

/** How long a refused paced call waits before it is resent once: a plan's budget has refilled. */
export const REFILL_WAIT_MS = 5_000;

/**
 * Sends, and when the reply is code 200 (over the plan's rate: the server saw the paced calls
 * closer together than they left, which a slow first request causes) waits `REFILL_WAIT_MS` and
 * sends once more. Only for requests that are harmless twice (reads, an upsert of the same row).
 */
export async function sendOnceMoreIfLimited(
  exchanger: Exchanger,
  request: ExchangeRequest,
  sleep: (ms: number) => Promise<void>,
): Promise<{ first: Exchange; last: Exchange }> {
  const first = await sendInEitherForm(exchanger, request);
  const json = first.reply?.json as { resultCode?: unknown; status?: unknown } | undefined;
  const limited = json !== undefined && (json.resultCode ?? json.status) === 200;
  if (!limited) return { first, last: first };
  await sleep(REFILL_WAIT_MS);
  return { first, last: await sendInEitherForm(exchanger, request) };
}
