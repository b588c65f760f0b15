/**
 * Where the extension handler and `toNodeListener` report what the caller must not see: errors
 * thrown by user code, failed verifications, misconfiguration. Both members are optional, so `{}`
 * silences it. Never given the API token or a handshake token.
 */
export interface ExtensionLogger {
  /** Receives a line when a call cannot be verified (answered 503) or is refused after verification. */
  warn?(message: string, ...details: unknown[]): void;
  /** Receives a line when the extension function throws or the request body was already read (answered 500). */
  error?(message: string, ...details: unknown[]): void;
}

/** Logged when something read the request body before the handler (it then answers 500). */
export const BODY_ALREADY_READ_MESSAGE =
  'BlizWork extension: the request body was already read by something mounted before this ' +
  'handler (a body parser such as express.json()?). Mount the handler before any body parser: ' +
  'it must read the raw body itself. Answering 500.';
