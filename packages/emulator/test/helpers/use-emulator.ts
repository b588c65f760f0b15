import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/index.js';
import { ApiClient } from './api-client.js';

/** The emulator of a test file and its spec-checking client. */
export interface EmulatorFixture {
  readonly emulator: Emulator;
  readonly api: ApiClient;
}

/**
 * Starts one emulator for the test file (closed after it) and resets it to its seed before each
 * test, so tests never see each other's changes.
 */
export function useEmulator(options: EmulatorOptions = {}): EmulatorFixture {
  let emulator: Emulator | undefined;
  let api: ApiClient | undefined;
  beforeAll(async () => {
    // Injected failures log a line by design; keep test output clean unless a test asks for logs.
    emulator = await startEmulator({ log: () => undefined, ...options });
    api = new ApiClient(emulator.url, emulator.token);
  });
  afterAll(() => emulator?.close());
  beforeEach(() => emulator?.reset());
  return {
    get emulator() {
      if (emulator === undefined) throw new Error('emulator not started yet');
      return emulator;
    },
    get api() {
      if (api === undefined) throw new Error('emulator not started yet');
      return api;
    },
  };
}

/**
 * Starts one emulator with `options` (quiet log) for the describe block and closes it after; no
 * reset between tests. Returns its getter.
 */
export function emulatorWith(options: EmulatorOptions): () => Emulator {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ log: () => undefined, ...options });
  });
  afterAll(() => emulator?.close());
  return () => {
    if (emulator === undefined) throw new Error('emulator not started yet');
    return emulator;
  };
}

/** A `start(options)` for tests that start their own emulators (quiet log), closed after each test. */
export function startedPerTest(): (options: EmulatorOptions) => Promise<Emulator> {
  const running: Emulator[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((emulator) => emulator.close()));
  });
  return async (options) => {
    const emulator = await startEmulator({ log: () => undefined, ...options });
    running.push(emulator);
    return emulator;
  };
}

/** The default seed's ids, for readable tests. */
export const acme = {
  companyId: '5fe4a1f0f5d18203afbd6af2',
  token: 'emu-acme-token-0123456789abcdef',
  ana: 'ana@acme.test',
  bob: 'bob@acme.test',
  process: 'sales-process',
} as const;

/** An executeActivity body for the default seed: case #1 from `lead` to `qualification`. */
export const leadExecBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  companyId: acme.companyId,
  userId: acme.ana,
  workflowId: acme.process,
  caseNumber: 1,
  formId: 'lead',
  nextFormId: 'qualification',
  formData: {},
  ...overrides,
});

/** An executeActivity body for the default seed's process without extensions; the test adds the case and forms. */
export const quietExecBody = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  companyId: acme.companyId,
  userId: acme.ana,
  workflowId: acme.process,
  skipExtensions: true,
  formData: {},
  ...overrides,
});
