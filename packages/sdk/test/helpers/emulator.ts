// The test file's emulator (@blizwork/emulator, default seed): started before its tests, reset
// before each test, closed after them, with a client of it.
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { BlizWork } from '../../src/index.node.js';

/** The running emulator and a client of it, set once `beforeAll` has run. */
export interface EmulatorFixture {
  emulator: Emulator;
  bw: BlizWork;
}

/**
 * Starts an emulator on a free port for the test file; read its members inside tests, or take
 * them in `onStart` (called once it runs).
 */
export function useEmulator(onStart?: (started: EmulatorFixture) => void): EmulatorFixture {
  const fixture = {} as EmulatorFixture;
  beforeAll(async () => {
    fixture.emulator = await startEmulator({ port: 0, log: () => {} });
    fixture.bw = new BlizWork(fixture.emulator.clientOptions);
    onStart?.(fixture);
  });
  afterAll(() => fixture.emulator.close());
  beforeEach(() => fixture.emulator.reset());
  return fixture;
}
