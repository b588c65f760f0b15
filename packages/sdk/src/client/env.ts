import type { BlizWorkOptions } from './options.js';

/** The environment variables `BlizWork.fromEnv` reads, by option. */
export const ENV_VARIABLES = {
  token: 'BLIZWORK_TOKEN',
  userId: 'BLIZWORK_USER_ID',
  companyId: 'BLIZWORK_COMPANY_ID',
  baseUrl: 'BLIZWORK_BASE_URL',
  environment: 'BLIZWORK_ENVIRONMENT',
} as const;

/** A map of environment variables, like `process.env`. */
export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;

/** `process.env` where it exists (Node, Bun, Deno), else an empty map (browsers). */
export function processEnv(): EnvironmentVariables {
  return globalThis.process?.env ?? {};
}

/**
 * Options read from environment variables (empty values count as unset), overridden by
 * `overrides`. The result is validated by the BlizWork constructor; a missing token or user id is
 * reported with the variable's name.
 */
export function optionsFromEnv(
  env: EnvironmentVariables,
  overrides: Partial<BlizWorkOptions>,
): BlizWorkOptions {
  const read: Record<string, string> = {};
  for (const [option, variable] of Object.entries(ENV_VARIABLES)) {
    const value = env[variable];
    if (value !== undefined && value !== '') read[option] = value;
  }
  const options = { ...read, ...overrides } as Partial<BlizWorkOptions>;
  for (const option of ['token', 'userId'] as const) {
    if (options[option] === undefined) {
      throw new TypeError(
        `BlizWork.fromEnv: set ${ENV_VARIABLES[option]} or pass overrides.${option}`,
      );
    }
  }
  return options as BlizWorkOptions;
}
