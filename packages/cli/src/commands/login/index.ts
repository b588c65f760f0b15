// `blizwork login`: stores a profile (token, user, company, base URL, plan) in the config file.
import type { Command } from 'commander';
import { text as readStream } from 'node:stream/consumers';
import { runAction, withExample } from '../../command-context.js';
import { configFile } from '../../config/config-paths.js';
import { readConfig, writeConfig, type Profile } from '../../config/profile-store.js';
import { maskToken, parsePlan, PLAN_NAMES } from '../../config/settings.js';
import type { PlanName } from '@blizwork/sdk';
import type { CliContext } from '../../context.js';
import { ExitCode, UsageError } from '../../errors.js';
import { profileName, type GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import { registerSecret } from '../../output/redact.js';
import { verifyToken, type TokenVerification } from './verify.js';

/** The flags of `login` as commander parsed them. */
interface LoginFlags {
  tokenStdin?: boolean;
  user?: string;
  company?: string;
  plan?: string;
  /** False with --no-verify: store without calling the API. */
  verify: boolean;
}

/** What `login` is given. */
export interface LoginOptions extends GlobalOptions {
  /** Read the token from the context's stdin (no prompt). */
  tokenStdin?: boolean;
  /** The user authorized to use the token. */
  user?: string;
  /** The company's id. */
  company?: string;
  /** The company's plan (paces every command). */
  plan?: PlanName;
  /** False: store the token without checking it (offline use). */
  verify: boolean;
}

async function readCredentials(
  options: LoginOptions,
  context: CliContext,
): Promise<Pick<Profile, 'token' | 'userId' | 'companyId'>> {
  if (options.tokenStdin) {
    if (!options.user)
      throw new UsageError('--token-stdin needs --user', 'e.g. --user ana@acme.test');
    const token = (await readStream(context.stdin)).trim();
    if (token === '')
      throw new UsageError(
        'No token on stdin',
        'Pipe it in: `printenv BLIZWORK_TOKEN | blizwork login --token-stdin --user ...`',
      );
    return { token, userId: options.user, companyId: options.company };
  }
  if (context.stdin.isTTY !== true) {
    throw new UsageError(
      'login needs a terminal to prompt',
      'In CI use --token-stdin --user <email> [--company <id>].',
    );
  }
  // Loaded only here: the prompt library is not needed by any other command.
  const { promptCredentials } = await import('./prompts.js');
  return promptCredentials(options);
}

/**
 * Stores the credentials in the profile, after one read-only call accepted the token (unless
 * `verify` is false); a refused token is never stored.
 */
export async function run(options: LoginOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const credentials = await readCredentials(options, context);
  registerSecret(credentials.token);
  if (/\s/.test(credentials.token))
    throw new UsageError('The token contains white space', 'Paste the token alone.');
  const path = configFile(context.env);
  const config = await readConfig(path);
  const name = profileName(options, context.env);
  const profile: Profile = {
    ...credentials,
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    ...(options.plan === undefined ? {} : { plan: options.plan }),
  };
  if (profile.companyId === undefined) delete profile.companyId;
  // Checked before anything is written: a refused token is never stored.
  const verification: TokenVerification = options.verify
    ? await verifyToken(profile, options, context.env)
    : { status: 'skipped', detail: 'not checked (--no-verify)' };
  config.profiles.set(name, profile);
  await writeConfig(path, config);
  const summary = {
    profile: name,
    user: profile.userId,
    company: profile.companyId ?? null,
    baseUrl: profile.baseUrl ?? null,
    token: maskToken(profile.token),
    configPath: path,
    verification,
  };
  output.result(
    summary,
    () =>
      `Logged in as ${profile.userId} (profile "${name}", token ${summary.token}); saved to ${path}\nToken check: ${verification.status}, ${verification.detail}`,
  );
  return ExitCode.Ok;
}

/** Registers `login`. */
export function registerLogin(program: Command): void {
  const command = program
    .command('login')
    .description(
      'store credentials in a profile (prompts with hidden input, or --token-stdin for CI)',
    )
    .option('--token-stdin', 'read the token from stdin (no prompt)')
    .option('--user <email>', 'the user authorized to use the token')
    .option('--company <id>', "the company's id (needed by `cases start`)")
    .option('--plan <name>', `the company's plan, paces every command: ${PLAN_NAMES.join(', ')}`)
    .option(
      '--no-verify',
      'store the token without checking it (offline use); by default one read-only call checks it',
    )
    .action(
      runAction<LoginFlags>((_args, { plan, ...options }, context) =>
        run({ ...options, ...(plan === undefined ? {} : { plan: parsePlan(plan) }) }, context),
      ),
    );
  withExample(
    command,
    'blizwork login',
    'printenv BLIZWORK_TOKEN | blizwork login --token-stdin --user ana@acme.test --company 5fe4a1f0 --plan medio',
  );
}
