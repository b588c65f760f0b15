/** 2 MiB: four times BlizWork's documented largest body. */
export const DEFAULT_EXTENSION_BODY_LIMIT = 2 * 1024 * 1024;

/** 10 s to receive a body of at most ~500 KB: generous for BlizWork, short for a slow-body attack. */
export const DEFAULT_EXTENSION_BODY_TIMEOUT_MS = 10_000;

/**
 * 16 validatecalls in flight at once. Each costs an outbound request (and plan quota); the cap
 * keeps a flood of forged calls from multiplying them, while real traffic (one call per case
 * transition) stays far below it.
 */
export const DEFAULT_MAX_CONCURRENT_VERIFICATIONS = 16;

/** The numeric limits of the handler, as given in its options (all optional). */
export interface HandlerLimitOptions {
  maxBodyBytes?: number;
  bodyTimeoutMs?: number;
  maxConcurrentVerifications?: number;
}

/** The same limits, checked and with their defaults. */
export type HandlerLimits = Required<HandlerLimitOptions>;

function positiveInteger(value: number | undefined, name: string, fallback: number): number {
  const resolved = value ?? fallback;
  if (!Number.isSafeInteger(resolved) || resolved <= 0) {
    throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
  }
  return resolved;
}

/** Checks the limits once, when the handler is created (a `TypeError` naming the bad option). */
export function resolveHandlerLimits(options: HandlerLimitOptions): HandlerLimits {
  return {
    maxBodyBytes: positiveInteger(
      options.maxBodyBytes,
      'maxBodyBytes',
      DEFAULT_EXTENSION_BODY_LIMIT,
    ),
    bodyTimeoutMs: positiveInteger(
      options.bodyTimeoutMs,
      'bodyTimeoutMs',
      DEFAULT_EXTENSION_BODY_TIMEOUT_MS,
    ),
    maxConcurrentVerifications: positiveInteger(
      options.maxConcurrentVerifications,
      'maxConcurrentVerifications',
      DEFAULT_MAX_CONCURRENT_VERIFICATIONS,
    ),
  };
}
