// The environment the run's commands see: the caller's, minus everything that ties a command to
// this workspace (pnpm's and npm's `npm_config_*` variables, the workspace's `node_modules/.bin`
// on PATH), so that an install in a temporary folder behaves as it does for a user, and the
// registry comes only from the npmrc the run writes.
import { delimiter, join } from 'node:path';

/** The repository root (this file is tests/release/src/environment.ts). */
export const repositoryRoot = join(import.meta.dirname, '..', '..', '..');

const WORKSPACE_VARIABLE = /^(npm_|pnpm_|INIT_CWD$|VITEST|TURBO_HASH$)/i;

/**
 * The process environment without the workspace's package-manager settings, with `extra` added.
 *
 * @param npmrc the npmrc file npm and pnpm read as the user's own (`NPM_CONFIG_USERCONFIG`)
 */
export function userEnvironment(npmrc: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!WORKSPACE_VARIABLE.test(name)) env[name] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => !entry.startsWith(repositoryRoot))
    .join(delimiter);
  return {
    ...env,
    NPM_CONFIG_USERCONFIG: npmrc,
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
    NO_COLOR: '1',
    ...extra,
  };
}
