/**
 * The contract this package implements: `@blizwork/sdk`'s `RateLimiter`, which its
 * `rateLimit: { limiter }` option takes. Re-exported so users of this package can name it.
 */
export type { RateLimiter } from '@blizwork/sdk';
