// Builds the SDK client of a command from its settings. Every command that calls the API goes
// through here, so every call is paced by the plan limit (or --tps).
import { BlizWork } from '@blizwork/sdk';
import { clientOptions, resolveSettings, type Settings } from './config/settings.js';
import type { GlobalOptions } from './global-options.js';
import { registerSecret } from './output/redact.js';

/** A connected command: the client and the settings it was built from. */
export interface Connection {
  bw: BlizWork;
  settings: Settings;
}

/** The client for these options; its token is registered so no output can show it. */
export async function connect(options: GlobalOptions): Promise<Connection> {
  const settings = await resolveSettings(options);
  registerSecret(settings.token);
  return { bw: new BlizWork(clientOptions(settings)), settings };
}
