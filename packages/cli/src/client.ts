// Builds the SDK client of a command from its settings. Every command that calls the API goes
// through here, so every call is paced by the plan limit (or --tps).
import type { BlizWork } from '@blizwork/sdk';
import { resolveSettings, type Settings } from './config/settings.js';
import type { CliContext } from './context.js';
import type { GlobalOptions } from './global-options.js';
import { registerSecret } from './output/redact.js';

/** A connected command: the client and the settings it was built from. */
export interface Connection {
  bw: BlizWork;
  settings: Settings;
}

/**
 * The client for these options (settings read from the context's environment and the profile,
 * client built by the context's factory); its token is registered so no output can show it.
 */
export async function connect(
  options: GlobalOptions,
  context: Pick<CliContext, 'env' | 'createClient'>,
): Promise<Connection> {
  const settings = await resolveSettings(options, context.env);
  registerSecret(settings.token);
  return { bw: context.createClient(settings), settings };
}
