// The one check of unverified JSON (config files, seeds, server replies) before reading its keys.

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
