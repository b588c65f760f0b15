/**
 * Where the extension handler and `toNodeListener` report what the caller must not see: errors
 * thrown by user code, failed verifications, misconfiguration. Both members are optional, so `{}`
 * silences it. Never given the API token or a handshake token.
 */
export interface ExtensionLogger {
  warn?(message: string, ...details: unknown[]): void;
  error?(message: string, ...details: unknown[]): void;
}
