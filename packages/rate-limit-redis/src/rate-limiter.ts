/**
 * The contract `@blizwork/sdk` asks of a plan limiter (its `rateLimit: { limiter }` option). It is
 * declared here structurally, so this package does not depend on the SDK; the SDK's own
 * `RateLimiter` type has the same shape.
 */

/** A source of transaction slots shared by every call of a client (and of clients derived from it). */
export interface RateLimiter {
  /** Resolves when one transaction may be sent now; FIFO among this process's waiters. Rejects with the signal's reason if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The server refused a call with result code 200: slow down (adaptive). `retryAfterMs` when the reply gave one. */
  backOff?(retryAfterMs?: number): void;
}
