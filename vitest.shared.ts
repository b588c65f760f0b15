// Test settings every package shares. Each package's vitest.config.ts spreads these in.
// The JSON report is what `pnpm test` (scripts/test-all.mjs) sums into its closing totals line.
import type { ViteUserConfig } from 'vitest/config';

export const sharedTestConfig: NonNullable<ViteUserConfig['test']> = {
  include: ['test/**/*.test.ts'],
  reporters: ['default', 'json'],
  outputFile: { json: 'test-results/vitest.json' },
  testTimeout: 20_000,
  hookTimeout: 20_000,
};
