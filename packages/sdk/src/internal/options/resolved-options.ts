// What the pipeline runs with: the caller's options after validation, every default applied.
// Internal: it holds internal types (the checked hooks, the instrumentation).
import type { BlizWorkOptions } from '../../options-types.js';
import type { Logger } from '../../types.js';
import type { RateLimiter } from '../../rate-limit/rate-limiter.js';
import type { ResolvedHooks } from '../observe/resolve-hooks.js';
import type { Instrumentation } from '../observe/instrumentation.js';

/** The options after validation, with every default applied. */
export interface ResolvedOptions extends Required<
  Omit<BlizWorkOptions, 'companyId' | 'fetch' | 'logger' | 'rateLimit' | 'hooks'>
> {
  companyId: string | undefined;
  /** The limiter from `rateLimit`, if any. */
  limiter: RateLimiter | undefined;
  fetch: typeof fetch | undefined;
  logger: Logger | undefined;
  /** The checked hooks; `undefined` when there are none. */
  hooks: ResolvedHooks | undefined;
  /** The instrumentation (`@blizwork/sdk/otel`) the options carry, if any. */
  instrumentation: Instrumentation | undefined;
}
