// Secret hygiene. The API token is the last path segment of every URL, so any URL, error message
// or body excerpt may contain it: everything the SDK shows passes through these functions first.

/** What replaces a secret. */
export const REDACTED = '***';

const LAST_SEGMENT = /\/[^/]+(\/?)$/;

/**
 * The URL without its query and fragment and with its last path segment (the token) replaced:
 * `https://api.blizwork.com/exec/TOKEN/` becomes `https://api.blizwork.com/exec/***`.
 */
export function redactUrl(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return path.replace(LAST_SEGMENT, `/${REDACTED}`);
}

/** Returns a function that removes every occurrence of `secret` (raw or URL-encoded) from a text. */
export function createRedactor(secret: string): (text: string) => string {
  const forms = [...new Set([secret, encodeURIComponent(secret)])];
  return (text) => forms.reduce((out, form) => out.split(form).join(REDACTED), text);
}

/** The first `max` characters of a body on one line, for error messages. */
export function excerpt(text: string, redact: (text: string) => string, max = 160): string {
  const line = redact(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

const COPIED_FIELDS = ['code', 'errno', 'syscall', 'address', 'port'] as const;

/**
 * A token-free copy of an error (and of its causes, a few levels deep) for use as the `cause` of
 * an SDK error: runtime errors may quote the URL (undici's "Failed to parse URL from ..."). Only
 * the name, message, stack and a few diagnostic fields are kept, each redacted.
 */
export function sanitizeCause(
  error: unknown,
  redact: (text: string) => string,
  depth = 0,
): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? redact(error) : undefined;
  const copy = new Error(redact(error.message));
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : redact(error.stack);
  const source = error as unknown as Record<string, unknown>;
  const target = copy as unknown as Record<string, unknown>;
  for (const key of COPIED_FIELDS) {
    const value = source[key];
    if (typeof value === 'string' || typeof value === 'number') {
      target[key] = typeof value === 'string' ? redact(value) : value;
    }
  }
  if (error.cause !== undefined && depth < 3) {
    copy.cause = sanitizeCause(error.cause, redact, depth + 1);
  }
  return copy;
}
