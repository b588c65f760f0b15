// The one check of the headers a user adds to a request (`raw()` and `request()` today; any later
// source of request headers, such as a request hook, calls the same function). A header that
// would change how the request is framed, routed or carried over the connection is refused with
// a `TypeError` naming it, before anything is sent: the SDK and the runtime own those.

/** Why a header name is refused, by name (lower case). */
const REFUSED_NAMES: ReadonlyMap<string, string> = /* @__PURE__ */ (() => {
  const framing =
    'the SDK and the connection set it (the target host, the body framing and the connection are not per-call choices)';
  const forbidden =
    'browsers refuse it (a forbidden request header of the Fetch standard), so the call would differ by runtime';
  const method = 'it would change the method the SDK sends (POST), on which retries depend';
  const names: [string[], string][] = [
    [
      [
        // RFC 9110 §7.6.1 and RFC 9112: routing, framing and hop-by-hop connection headers.
        'host',
        'content-length',
        'transfer-encoding',
        'connection',
        'keep-alive',
        'upgrade',
        'te',
        'trailer',
        'expect',
        'http2-settings',
      ],
      framing,
    ],
    [
      [
        'accept-charset',
        'accept-encoding',
        'access-control-request-headers',
        'access-control-request-method',
        'access-control-request-private-network',
        'cookie',
        'cookie2',
        'date',
        'dnt',
        'origin',
        'referer',
        'set-cookie',
        'via',
      ],
      forbidden,
    ],
    [['x-http-method', 'x-http-method-override', 'x-method-override'], method],
  ];
  return new Map(names.flatMap(([list, reason]) => list.map((name) => [name, reason] as const)));
})();

/** Refused name prefixes: `proxy-*` (hop-by-hop, for a proxy) and `sec-*` (set by browsers only). */
const REFUSED_PREFIXES: readonly [string, string][] = [
  ['proxy-', 'it is meant for a proxy, not the API (a hop-by-hop header)'],
  ['sec-', 'only browsers set it (a forbidden request header of the Fetch standard)'],
];

/** An HTTP field name (RFC 9110 §5.1: a token). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * True for a value node:http and fetch send alike: tab and printable ASCII (RFC 9110 §5.5). A line
 * break would start another header; other control characters are refused by the runtimes; and
 * beyond ASCII the transports differ (node:http sends `é` as UTF-8, fetch as one Latin-1 byte).
 */
export function isHeaderValue(value: string): boolean {
  return /^[\t\x20-\x7e]*$/.test(value);
}

/** Why a header name cannot be sent, or `undefined` when it can. */
export function headerNameProblem(name: string): string | undefined {
  if (!TOKEN.test(name)) return 'is not a valid header name';
  const lower = name.toLowerCase();
  const reason =
    REFUSED_NAMES.get(lower) ?? REFUSED_PREFIXES.find(([prefix]) => lower.startsWith(prefix))?.[1];
  return reason === undefined ? undefined : `is not allowed: ${reason}`;
}

/** A header name in a message: quoted, cut short. */
const shownName = (name: string): string => JSON.stringify(name.slice(0, 60));

/** The name/value pairs of a headers argument: a `Headers` or a plain object. */
function entriesOf(headers: unknown, where: string): [string, unknown][] {
  if (headers instanceof Headers) return [...headers];
  if (typeof headers === 'object' && headers !== null && !Array.isArray(headers)) {
    return Object.entries(headers);
  }
  throw new TypeError(
    `BlizWork: ${where} headers must be an object of header names to string values, such as { 'x-trace': '1' }`,
  );
}

/**
 * Checks the headers a user adds to a request (`where` names the call, e.g. `request()`): an
 * object (or `Headers`) of names to strings; `undefined` and `null` values are skipped, as they are
 * when sent. Throws a `TypeError` naming the first refused header: an invalid name, a name the SDK
 * or the connection owns (`host`, `content-length`, `transfer-encoding`, `connection`, …,
 * `proxy-*`, the Fetch standard's forbidden names), or a value that is not a one-line string. The
 * value is never quoted: it may be a credential.
 */
export function checkUserHeaders(headers: unknown, where: string): void {
  if (headers === undefined) return;
  for (const [name, value] of entriesOf(headers, where)) {
    const problem = headerNameProblem(name);
    if (problem !== undefined) {
      throw new TypeError(`BlizWork: ${where} header ${shownName(name)} ${problem}`);
    }
    if (value == null) continue;
    if (typeof value !== 'string' || !isHeaderValue(value)) {
      throw new TypeError(
        `BlizWork: ${where} header ${shownName(name)} must have a one-line string value of printable ASCII (percent-encode anything else)`,
      );
    }
  }
}
