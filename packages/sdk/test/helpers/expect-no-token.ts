// Asserts that a value never shows the test token, however a user might print or ship it.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { TOKEN } from './clients.js';

const encodedToken = encodeURIComponent(TOKEN);

/** Every rendering of a value a user might print or ship to a log service. */
export function renderings(value: unknown): string[] {
  const out = [
    inspect(value, { depth: 10, showHidden: true }),
    JSON.stringify(value) ?? '',
    String(value),
  ];
  if (value instanceof Error) out.push(value.message, value.stack ?? '');
  let cause = value instanceof Error ? value.cause : undefined;
  while (cause instanceof Error) {
    out.push(cause.message, cause.stack ?? '', inspect(cause, { depth: 10 }));
    cause = cause.cause;
  }
  return out;
}

/** Fails when any rendering of `value` holds the test token, raw or URL-encoded. */
export function expectNoToken(value: unknown): void {
  for (const text of renderings(value)) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(encodedToken);
  }
}
