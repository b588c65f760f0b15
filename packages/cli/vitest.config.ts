import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

// Most tests start the CLI as a new Node process, up to 8 times in one test. Measured under
// `pnpm test:stress` (both cores busy, load average ~25 on 2 cores): one start
// (`node bin/blizwork.js --version`) took 2.5 to 6.3 s, so a test needs up to ~50 s; 20 s timed out.
export default defineConfig({ test: { ...sharedTestConfig, testTimeout: 90_000 } });
