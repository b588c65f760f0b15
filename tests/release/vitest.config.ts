import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

// Safety nets, not expectations: on an idle machine the whole run takes about a minute, but on a
// busy one a build, an install or a type check takes minutes (measured: the copy's uncached build
// 4.5 min at a load average of 25 on two cores). The run prints how long each step took.
export default defineConfig({
  test: {
    ...sharedTestConfig,
    testTimeout: 600_000,
    hookTimeout: 1_800_000,
    fileParallelism: false,
  },
});
