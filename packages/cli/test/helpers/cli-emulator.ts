// An emulator (a real HTTP server on 127.0.0.1) plus the environment that points the CLI at it
// with a fresh config directory.
import { startEmulator, type Emulator, type EmulatorOptions } from '@blizwork/emulator';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from './run-cli.js';

/** A running emulator and how the CLI reaches it. */
export interface CliEmulator {
  emulator: Emulator;
  /** Credentials through environment variables, plus a private config directory. */
  env: Record<string, string>;
  /** Only the config directory (for tests of login and profiles). */
  configEnv: Record<string, string>;
}

/** Starts an emulator before the file's tests and stops it after. */
export function useCliEmulator(options: EmulatorOptions = {}): CliEmulator {
  const fixture = { env: {}, configEnv: {} } as CliEmulator;
  beforeAll(async () => {
    fixture.emulator = await startEmulator({ port: 0, ...options });
    const configDir = tempDir('blizwork-config-');
    const { clientOptions } = fixture.emulator;
    fixture.configEnv = { BLIZWORK_CONFIG_DIR: configDir };
    fixture.env = {
      BLIZWORK_CONFIG_DIR: configDir,
      BLIZWORK_TOKEN: clientOptions.token,
      BLIZWORK_USER_ID: clientOptions.userId,
      BLIZWORK_COMPANY_ID: clientOptions.companyId,
      BLIZWORK_BASE_URL: clientOptions.baseUrl,
    };
  });
  afterAll(async () => {
    await fixture.emulator?.close();
  });
  return fixture;
}
