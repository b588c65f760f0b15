// What a failed connection's system error code means for the user, in one line: fetch hides the
// code two causes deep (`cause.cause.code`), where nobody looks.

const TLS = (server: string) =>
  `the TLS certificate of ${server} was not accepted (expired, self-signed or for another host): check baseUrl and any proxy`;
const CONNECT_TIMEOUT = (server: string) =>
  `no answer while connecting to ${server}: check the network, firewall or proxy`;
const UNREACHABLE = (server: string) => `no route to ${server}: check the network`;

/** The hint for each known code; `server` is the configured base URL. */
const HINTS: Readonly<Record<string, (server: string) => string>> = {
  ECONNREFUSED: (server) => `is the server at ${server} running?`,
  ENOTFOUND: (server) => `no such host: check the host name in baseUrl (${server})`,
  EAI_AGAIN: (server) =>
    `the DNS lookup for ${server} failed for now: check the network, then retry`,
  ECONNRESET: (server) =>
    `the server at ${server} (or a proxy between) closed the connection: retry, and check any proxy or firewall`,
  EPIPE: (server) => `the server at ${server} closed the connection while the request was sent`,
  UND_ERR_SOCKET: (server) =>
    `the connection to ${server} closed before the reply was complete: retry`,
  ETIMEDOUT: CONNECT_TIMEOUT,
  UND_ERR_CONNECT_TIMEOUT: CONNECT_TIMEOUT,
  EHOSTUNREACH: UNREACHABLE,
  ENETUNREACH: UNREACHABLE,
  CERT_HAS_EXPIRED: TLS,
  DEPTH_ZERO_SELF_SIGNED_CERT: TLS,
  SELF_SIGNED_CERT_IN_CHAIN: TLS,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: TLS,
  ERR_TLS_CERT_ALTNAME_INVALID: TLS,
};

/** The first system error code (`ECONNREFUSED`, `UND_ERR_SOCKET`...) in an error's cause chain. */
export function connectionErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}

/** What to check for a failed connection with `code` to `server`, if the code is a known one. */
export function connectionHint(code: string | undefined, server: string): string | undefined {
  return code !== undefined && Object.hasOwn(HINTS, code) ? HINTS[code]?.(server) : undefined;
}
