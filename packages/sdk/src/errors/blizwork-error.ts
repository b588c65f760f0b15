import { ERROR_BRAND, brand } from './brand.js';

/** What every {@link BlizWorkError} may carry besides its message. */
export interface BlizWorkErrorOptions {
  /** The API operation that failed, e.g. `getCase` (absent for errors that are not about one call). */
  operation?: string;
  /** The request URL with the token redacted, e.g. `https://api.blizwork.com/exec/***`. */
  url?: string;
  /** The underlying error, sanitised so that it never holds the token. */
  cause?: unknown;
}

/**
 * The base class of every error the SDK throws for a failed call or an unexpected case document.
 * Misuse of the API (bad arguments, missing configuration) throws a plain `TypeError` instead.
 *
 * No message, stack, property or `toJSON()` output of an SDK error ever contains the API token.
 * To recognise one made by another copy of the package, use `isBlizWorkError()`.
 */
export class BlizWorkError extends Error {
  /** The error's class name, e.g. `BlizWorkTimeoutError`; every SDK error sets its own. */
  override readonly name: string = 'BlizWorkError';
  /** The API operation that failed, e.g. `getCase`. */
  readonly operation: string | undefined;
  /** The request URL with the token redacted. */
  readonly url: string | undefined;

  constructor(message: string, options: BlizWorkErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    brand(this, ERROR_BRAND);
    this.operation = options.operation;
    this.url = options.url;
  }

  /** A plain, token-free summary for structured logs (the `cause` is reduced to its name and message). */
  toJSON(): Record<string, unknown> {
    const { cause } = this;
    return {
      ...(this as object),
      name: this.name,
      message: this.message,
      ...(cause instanceof Error ? { cause: { name: cause.name, message: cause.message } } : {}),
    };
  }
}
