import type { BlizWorkOptions } from '../options-types.js';

/**
 * The names of the environment variables `BlizWork.fromEnv()` reads, by the option each one
 * sets. The one definition of these names: tools that read the same variables (the `blizwork`
 * CLI does) import it. Frozen.
 *
 * @example
 * import { ENV_VARIABLES } from '@blizwork/sdk';
 * console.log(`set ${ENV_VARIABLES.token} and ${ENV_VARIABLES.userId}`); // set BLIZWORK_TOKEN and BLIZWORK_USER_ID
 */
export const ENV_VARIABLES = /* @__PURE__ */ Object.freeze({
  token: 'BLIZWORK_TOKEN',
  userId: 'BLIZWORK_USER_ID',
  companyId: 'BLIZWORK_COMPANY_ID',
  baseUrl: 'BLIZWORK_BASE_URL',
  environment: 'BLIZWORK_ENVIRONMENT',
} as const);

/** A map of environment variables, like `process.env`. */
export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;

/** `process.env` where it exists (Node, Bun, Deno), else an empty map (browsers). */
export function processEnv(): EnvironmentVariables {
  return globalThis.process?.env ?? {};
}

/** Deno's error for a missing permission: `NotCapable` (Deno 2), `PermissionDenied` (Deno 1). */
const isPermissionError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'NotCapable' || error.name === 'PermissionDenied');

/**
 * Reads one variable. Deno throws when a variable is read without env permission: that becomes a
 * TypeError naming the permission to grant, or the override that avoids reading.
 */
function readVariable(
  env: EnvironmentVariables,
  option: keyof typeof ENV_VARIABLES,
  unread: readonly string[],
): string | undefined {
  const variable = ENV_VARIABLES[option];
  try {
    return env[variable];
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    throw new TypeError(
      `BlizWork.fromEnv: no permission to read ${variable}; in Deno, run with ` +
        `--allow-env=${unread.join(',')}, or pass overrides.${option}`,
      { cause: error },
    );
  }
}

/**
 * Options read from environment variables (empty values count as unset), overridden by
 * `overrides`. Only the variables of options `overrides` leaves unset are read, so overrides
 * alone need no environment access (Deno without `--allow-env`). The result is validated by the
 * BlizWork constructor; a missing token or user id is reported with the variable's name.
 */
export function optionsFromEnv(
  env: EnvironmentVariables,
  overrides: Partial<BlizWorkOptions>,
): BlizWorkOptions {
  const options = Object.keys(ENV_VARIABLES) as (keyof typeof ENV_VARIABLES)[];
  const toRead = options.filter((option) => overrides[option] === undefined);
  const unread = toRead.map((option) => ENV_VARIABLES[option]);
  const read: Record<string, string> = {};
  for (const option of toRead) {
    const value = readVariable(env, option, unread);
    if (value !== undefined && value !== '') read[option] = value;
  }
  const merged = { ...read, ...overrides } as Partial<BlizWorkOptions>;
  for (const option of ['token', 'userId'] as const) {
    if (merged[option] === undefined) {
      throw new TypeError(
        `BlizWork.fromEnv: set ${ENV_VARIABLES[option]} or pass overrides.${option}`,
      );
    }
  }
  return merged as BlizWorkOptions;
}
