// The test file's emulator (default seed) and a client of it: started before its tests, reset to
// the seed before each test, closed after them.
import { startEmulator, type Emulator, type EmulatorOptions } from '@blizwork/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { BlizWork } from '../../src/index.node.js';

/** The running emulator and a client of it (read them inside tests, after `beforeAll`). */
export interface SdkEmulator {
  readonly emulator: Emulator;
  readonly bw: BlizWork;
}

/** Starts one emulator for the test file with `options`, reset before each test. */
export function useSdkEmulator(options: EmulatorOptions = {}): SdkEmulator {
  const state: { emulator?: Emulator; bw?: BlizWork } = {};
  beforeAll(async () => {
    state.emulator = await startEmulator({ port: 0, log: () => {}, ...options });
    state.bw = new BlizWork(state.emulator.clientOptions);
  });
  afterAll(() => state.emulator?.close());
  beforeEach(() => state.emulator?.reset());
  return {
    get emulator() {
      if (!state.emulator) throw new Error('emulator not started yet');
      return state.emulator;
    },
    get bw() {
      if (!state.bw) throw new Error('emulator not started yet');
      return state.bw;
    },
  };
}
