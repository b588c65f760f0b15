import type { Emulator } from '../emulator/emulator-types.js';

/**
 * The startup banner. It deliberately prints the token: this is the one place the emulator shows
 * a credential, so that a developer can paste it into a client.
 */
export const banner = (emulator: Emulator): string =>
  [
    `BlizWork emulator listening on ${emulator.url}`,
    `  token:     ${emulator.token}`,
    `  userId:    ${emulator.userId}`,
    `  companyId: ${emulator.companyId}`,
    'Press Ctrl-C to stop.',
  ].join('\n');
