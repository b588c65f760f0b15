// What a reply is, read the way the SDK reads it: a BlizWork envelope (`resultCode`, or `status`
// with `message` and/or `payload`: assumption:status-envelope), or something else (an HTML error
// page, a proxy's JSON, nothing at all). And the one-line evidence the reports print for an
// exchange: the method, the path template (never the token), the HTTP status and the result code.
import type { Exchange } from './exchange.js';

/** The documented result codes (P5) that do not say "bad token". */
export const DOCUMENTED_NON_TOKEN_CODES: ReadonlySet<number> = new Set([100, 101, 200]);

/** What came back. */
export type ReplyReading =
  /** No HTTP reply at all. */
  | { readonly kind: 'none'; readonly failure: string }
  /** An HTTP reply that is not a BlizWork envelope. */
  | { readonly kind: 'other'; readonly status: number; readonly what: string }
  /** A BlizWork envelope. */
  | {
      readonly kind: 'envelope';
      readonly status: number;
      /** `result`: `{resultCode, resultMessage}`; `status`: `{status, message, payload}`. */
      readonly shape: 'result' | 'status';
      readonly code: number;
      readonly message: string | undefined;
      readonly body: Readonly<Record<string, unknown>>;
    };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The media type of a content-type header, e.g. `text/html`. */
const mediaType = (contentType: string): string =>
  contentType.split(';')[0]?.trim().toLowerCase() || 'no content type';

/** Reads an exchange's reply as the SDK would. */
export function readReply(exchange: Exchange): ReplyReading {
  const { reply } = exchange;
  if (reply === undefined) return { kind: 'none', failure: exchange.failure ?? 'no reply' };
  const { status, json } = reply;
  if (json === undefined) {
    return { kind: 'other', status, what: `${mediaType(reply.contentType)}, not JSON` };
  }
  if (!isRecord(json)) return { kind: 'other', status, what: 'JSON that is not an object' };
  const message = (value: unknown) => (typeof value === 'string' ? value : undefined);
  if (json.resultCode !== undefined) {
    return Number.isInteger(json.resultCode)
      ? {
          kind: 'envelope',
          status,
          shape: 'result',
          code: json.resultCode as number,
          message: message(json.resultMessage),
          body: json,
        }
      : { kind: 'other', status, what: 'JSON whose resultCode is not an integer' };
  }
  if (Number.isInteger(json.status) && (typeof json.message === 'string' || 'payload' in json)) {
    return {
      kind: 'envelope',
      status,
      shape: 'status',
      code: json.status as number,
      message: message(json.message),
      body: json,
    };
  }
  const keys = Object.keys(json).slice(0, 5).join(', ');
  return { kind: 'other', status, what: `JSON without a result code (members: ${keys || 'none'})` };
}

/** A success: an envelope with code 0. */
export const isSuccess = (reading: ReplyReading): boolean =>
  reading.kind === 'envelope' && reading.code === 0;

const shorten = (text: string, length = 80): string =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** The reply part of an evidence line: `HTTP 200, resultCode 0 "OK"` or `HTTP 404 (text/html, not JSON)`. */
export function describeReading(reading: ReplyReading): string {
  switch (reading.kind) {
    case 'none':
      return `no reply (${shorten(reading.failure, 120)})`;
    case 'other':
      return `HTTP ${reading.status} (${reading.what}): not a BlizWork reply`;
    case 'envelope': {
      const key = reading.shape === 'result' ? 'resultCode' : 'status';
      const message = reading.message === undefined ? '' : ` "${shorten(reading.message)}"`;
      return `HTTP ${reading.status}, ${key} ${reading.code}${message}`;
    }
  }
}

/** One evidence line: `POST /process/case/{token}/ → HTTP 200, resultCode 0 "OK"`. */
export function describeExchange(exchange: Exchange, note = ''): string {
  const token = exchange.badToken ? ' (a made-up token)' : '';
  return `POST ${exchange.path}${token}${note} → ${describeReading(readReply(exchange))}`;
}
