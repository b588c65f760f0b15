import { defineConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

// API Extractor analyses each entry point for a few seconds: give the report test room.
export default defineConfig({ test: { ...sharedTestConfig, testTimeout: 120_000 } });
