import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

// One run, in order: publishing and installing take tens of seconds (the hooks' budget), and the
// test files share nothing but the registry's cache folder, so they run one after the other.
export default defineConfig({
  test: {
    ...sharedTestConfig,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
