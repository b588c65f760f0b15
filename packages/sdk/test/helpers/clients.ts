// Shared test fixtures: a token that is easy to spot in any output, and clients aimed at a server.
import { BlizWork, type BlizWorkOptions, type Logger } from '../../src/index.js';

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
