// The connection settings of a command: the profile, overridden by environment variables,
// overridden by flags. Which source each setting came from is kept for `whoami` and `doctor`.
import {
  ENV_VARIABLES,
  PLAN_TRANSACTIONS_PER_SECOND,
  type BlizWorkOptions,
  type Environment,
  type PlanName,
  type RateLimitOption,
} from '@blizwork/sdk';
import { CliError, UsageError } from '../errors.js';
import { profileName, type GlobalOptions } from '../global-options.js';
import { configFile } from './config-paths.js';
import { readConfig, type Profile } from './profile-store.js';

/** Where a setting came from. */
export type SettingSource = 'flag' | 'env' | 'profile' | 'default';

/** Everything a command needs to build a client. */
export interface Settings {
  profile: string;
  configPath: string;
  token: string;
  userId: string;
  companyId: string | undefined;
  baseUrl: string | undefined;
  environment: Environment;
  rateLimit: RateLimitOption | undefined;
  /** The pace in words, e.g. `plan medio (1 tx/s)`. */
  pace: string;
  sources: Record<'token' | 'userId' | 'companyId' | 'baseUrl', SettingSource>;
}

/** The plan names, for validation and help texts. */
export const PLAN_NAMES = Object.keys(PLAN_TRANSACTIONS_PER_SECOND) as PlanName[];

/** Checks a plan name given on the command line. */
export function parsePlan(value: string): PlanName {
  if (!(PLAN_NAMES as string[]).includes(value)) {
    throw new UsageError(`Unknown plan "${value}"`, `Use one of: ${PLAN_NAMES.join(', ')}.`);
  }
  return value as PlanName;
}

function parseTps(value: string): number {
  const tps = Number(value);
  if (!Number.isFinite(tps) || tps <= 0) {
    throw new UsageError(`--tps must be a positive number (got "${value}")`, 'e.g. --tps 5');
  }
  return tps;
}

/** The environment named by --env or BLIZWORK_ENVIRONMENT (production when neither); UsageError otherwise. */
export function parseEnvironment(value: string | undefined): Environment {
  if (value === undefined || value === 'production' || value === 'draft') {
    return value ?? 'production';
  }
  throw new UsageError(`--env must be production or draft (got "${value}")`);
}

function pick<T>(
  flag: T | undefined,
  envValue: T | undefined,
  profileValue: T | undefined,
): [T | undefined, SettingSource] {
  if (flag !== undefined) return [flag, 'flag'];
  if (envValue !== undefined) return [envValue, 'env'];
  if (profileValue !== undefined) return [profileValue, 'profile'];
  return [undefined, 'default'];
}

function pacing(
  options: GlobalOptions,
  profile: Profile | undefined,
): [RateLimitOption | undefined, string] {
  if (options.tps !== undefined) {
    const tps = parseTps(options.tps);
    return [{ transactionsPerSecond: tps }, `--tps ${tps}`];
  }
  if (profile?.plan !== undefined) {
    const rate = PLAN_TRANSACTIONS_PER_SECOND[profile.plan];
    return [{ plan: profile.plan }, `plan ${profile.plan} (${rate} tx/s)`];
  }
  return [undefined, 'not paced (no plan in the profile, no --tps)'];
}

/** The profile named by the options, if it exists. */
export async function loadProfile(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ name: string; path: string; profile: Profile | undefined }> {
  const name = profileName(options, env);
  const path = configFile(env);
  const config = await readConfig(path);
  return { name, path, profile: config.profiles.get(name) };
}

/** The settings of a command that calls the API; CliError when there are no credentials. */
export async function resolveSettings(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Settings> {
  const { name, path, profile } = await loadProfile(options, env);
  const fromEnv = (key: keyof typeof ENV_VARIABLES) => env[ENV_VARIABLES[key]] || undefined;
  const [token, tokenSource] = pick(undefined, fromEnv('token'), profile?.token);
  const [userId, userSource] = pick(undefined, fromEnv('userId'), profile?.userId);
  const [companyId, companySource] = pick(undefined, fromEnv('companyId'), profile?.companyId);
  const [baseUrl, baseSource] = pick(options.baseUrl, fromEnv('baseUrl'), profile?.baseUrl);
  if (token === undefined || userId === undefined) {
    throw new CliError(`Not logged in (profile "${name}")`, {
      hint: `Run \`blizwork login${name === 'default' ? '' : ` --profile ${name}`}\`, or set ${ENV_VARIABLES.token} and ${ENV_VARIABLES.userId}.`,
    });
  }
  const [rateLimit, pace] = pacing(options, profile);
  return {
    profile: name,
    configPath: path,
    token,
    userId,
    companyId,
    baseUrl,
    environment: parseEnvironment(options.env ?? fromEnv('environment')),
    rateLimit,
    pace,
    sources: {
      token: tokenSource,
      userId: userSource,
      companyId: companySource,
      baseUrl: baseSource,
    },
  };
}

/** The SDK options of these settings. */
export function clientOptions(settings: Settings): BlizWorkOptions {
  return {
    token: settings.token,
    userId: settings.userId,
    environment: settings.environment,
    ...(settings.companyId === undefined ? {} : { companyId: settings.companyId }),
    ...(settings.baseUrl === undefined ? {} : { baseUrl: settings.baseUrl }),
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
  };
}

/** The token as whoami shows it: `***` and its last 4 characters (all of a short token hidden). */
export function maskToken(token: string): string {
  return token.length >= 12 ? `***${token.slice(-4)}` : '***';
}
