import { BlizWorkError } from './blizwork-error.js';

/**
 * The request could not be sent or its reply could not be read: refused or reset connection, DNS
 * failure, a connection dropped in the middle of the reply. `cause` holds the (sanitised) reason.
 */
export class BlizWorkConnectionError extends BlizWorkError {
  override readonly name: string = 'BlizWorkConnectionError';

  constructor(operation: string, url: string, cause: unknown) {
    const reason = cause instanceof Error ? `: ${cause.message}` : '';
    super(`${operation}: the connection to ${url} failed${reason}`, { operation, url, cause });
  }
}
