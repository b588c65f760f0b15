// Where the CLI keeps its profiles: BLIZWORK_CONFIG_DIR, else $XDG_CONFIG_HOME/blizwork, else
// ~/.config/blizwork (the XDG default on every platform, so the path is easy to document).
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The environment variable that overrides the config directory (tests point it at a temp dir). */
export const CONFIG_DIR_VARIABLE = 'BLIZWORK_CONFIG_DIR';

/** The config directory for this environment. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[CONFIG_DIR_VARIABLE];
  if (override) return override;
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg ? xdg : join(homedir(), '.config'), 'blizwork');
}

/** The profiles file inside the config directory. */
export function configFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'config.json');
}
