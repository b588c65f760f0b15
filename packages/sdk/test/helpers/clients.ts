// Shared test fixtures: a token that is easy to spot in any output, and clients aimed at a server.
import { describe } from 'vitest';
import { BlizWork, type BlizWorkOptions, type Logger } from '../../src/index.node.js';

/** A token that must never appear in any output. */
export const TOKEN = 'tok-SECRET-9f8e7d6c5b4a';
export const USER_ID = 'ana@acme.test';
export const COMPANY_ID = '5fe4a1f0f5d18203afbd6af2';

/** A client of `baseUrl` with the test token; retries have no jitter-free shortcut, so keep them few. */
export function clientFor(baseUrl: string, options: Partial<BlizWorkOptions> = {}): BlizWork {
  return new BlizWork({
    token: TOKEN,
    userId: USER_ID,
    companyId: COMPANY_ID,
    baseUrl,
    ...options,
  });
}

/** A logger that keeps every line (message plus JSON of its details). */
export function recordingLogger(): Logger & { lines: { level: string; text: string }[] } {
  const lines: { level: string; text: string }[] = [];
  const record =
    (level: string) =>
    (message: string, ...details: unknown[]) =>
      lines.push({ level, text: [message, ...details.map((d) => JSON.stringify(d))].join(' ') });
  return {
    lines,
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
}

/** The rejection of a promise that must reject. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

/** The two ways a client sends requests on Node: node:http (the default), and a user's `fetch`. */
export const TRANSPORTS = [
  { transport: 'node:http', options: {} },
  { transport: 'fetch', options: { fetch: globalThis.fetch } },
] as const satisfies readonly { transport: string; options: Partial<BlizWorkOptions> }[];

/** The transport-specific parts a transport-level test file receives. */
export interface TransportCase {
  /** `node:http` or `fetch`. */
  transport: (typeof TRANSPORTS)[number]['transport'];
  /** Like {@link clientFor}, on this transport. */
  clientFor: typeof clientFor;
  /** Like `new BlizWork(options)`, on this transport. */
  newClient: (options: BlizWorkOptions) => BlizWork;
}

/**
 * Runs `body` once per transport, in a `describe` named after `title` and the transport. A test
 * that passes its own `fetch` overrides the transport (and then runs twice, the same way).
 */
export function describeEachTransport(title: string, body: (t: TransportCase) => void): void {
  describe.each(TRANSPORTS)(`${title} (over $transport)`, ({ transport, options }) => {
    body({
      transport,
      clientFor: (baseUrl, extra = {}) => clientFor(baseUrl, { ...options, ...extra }),
      newClient: (given) => new BlizWork({ ...options, ...given }),
    });
  });
}
