import type { AssumptionOptions } from '../domain/assumptions.js';
import type { Emulator } from '../server/emulator-types.js';

/** The dashboard line: with the admin token in the URL when one is required (non-loopback bind). */
const dashboardLine = (emulator: Emulator): string[] => {
  if (emulator.dashboardUrl === undefined) return [];
  return emulator.adminToken === undefined
    ? [`  dashboard: ${emulator.dashboardUrl}`]
    : [
        `  dashboard: ${emulator.dashboardUrl}?admin_token=${emulator.adminToken}`,
        `  adminToken: ${emulator.adminToken} (required: the emulator listens beyond loopback)`,
      ];
};

/** The assumption switches set away from their defaults, e.g. `pathForms=with-slash`. */
const assumptionsLine = (assumptions: AssumptionOptions = {}): string[] => {
  const set = Object.entries(assumptions).map(([name, value]) =>
    Array.isArray(value) ? `${name}=${value.join(',')}` : `${name}=${String(value)}`,
  );
  return set.length === 0 ? [] : [`  assumptions: ${set.join(', ')}`];
};

/**
 * The startup banner. It deliberately prints the token (and the admin token, when one is needed):
 * this is the one place the emulator shows a credential, so that a developer can use it.
 */
export const banner = (
  emulator: Emulator,
  dataDir?: string,
  assumptions?: AssumptionOptions,
): string =>
  [
    `BlizWork emulator listening on ${emulator.url}`,
    ...dashboardLine(emulator),
    `  token:     ${emulator.token}`,
    `  userId:    ${emulator.userId}`,
    `  companyId: ${emulator.companyId}`,
    ...(dataDir === undefined ? [] : [`  data:      ${dataDir} (saved after changes and on exit)`]),
    ...assumptionsLine(assumptions),
    'Press Ctrl-C to stop.',
  ].join('\n');
