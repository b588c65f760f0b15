import { BlizWorkError } from './blizwork-error.js';
import { connectionErrorCode, connectionHint } from './connection-hint.js';

/**
 * The request could not be sent or its reply could not be read: refused or reset connection, DNS
 * failure, a connection dropped in the middle of the reply. `cause` holds the (sanitised) reason;
 * `code` the system error code found in it. The message names the code and, for known codes, what
 * to check, e.g. `(ECONNREFUSED) ... is the server at http://127.0.0.1:4010 running?`.
 */
export class BlizWorkConnectionError extends BlizWorkError {
  /** The error's class name: `BlizWorkConnectionError`. */
  override readonly name: string = 'BlizWorkConnectionError';
  /** The system error code of the failure (e.g. `ECONNREFUSED`, `ENOTFOUND`), when known. */
  readonly code: string | undefined;

  /** `server` is the configured base URL (token-free), named in the hint. */
  constructor(operation: string, url: string, cause: unknown, server = url) {
    const code = connectionErrorCode(cause);
    const reason = cause instanceof Error ? `: ${cause.message}` : '';
    const hint = connectionHint(code, server);
    super(
      `${operation}: the connection to ${url} failed${code ? ` (${code})` : ''}${reason}${hint ? `; ${hint}` : ''}`,
      { operation, url, cause },
    );
    this.code = code;
  }
}
