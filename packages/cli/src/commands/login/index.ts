// `blizwork login`: stores a profile (token, user, company, base URL, plan) in the config file.
import type { Command } from 'commander';
import { text as readStream } from 'node:stream/consumers';
import { action, withExample } from '../../command-context.js';
import { configFile } from '../../config/config-paths.js';
import { readConfig, writeConfig, type Profile } from '../../config/profile-store.js';
import { maskToken, parsePlan, PLAN_NAMES } from '../../config/settings.js';
import { UsageError } from '../../errors.js';
import { profileName } from '../../global-options.js';
import { registerSecret } from '../../output/redact.js';
import { verifyToken, type TokenVerification } from './verify.js';

interface LoginOptions {
  tokenStdin?: boolean;
  user?: string;
  company?: string;
  plan?: string;
  /** False with --no-verify: store without calling the API. */
  verify: boolean;
}

async function readCredentials(
  options: LoginOptions,
): Promise<Pick<Profile, 'token' | 'userId' | 'companyId'>> {
  if (options.tokenStdin) {
    if (!options.user)
      throw new UsageError('--token-stdin needs --user', 'e.g. --user ana@acme.test');
    const token = (await readStream(process.stdin)).trim();
    if (token === '')
      throw new UsageError(
        'No token on stdin',
        'Pipe it in: `printenv BLIZWORK_TOKEN | blizwork login --token-stdin --user ...`',
      );
    return { token, userId: options.user, companyId: options.company };
  }
  if (!process.stdin.isTTY) {
    throw new UsageError(
      'login needs a terminal to prompt',
      'In CI use --token-stdin --user <email> [--company <id>].',
    );
  }
  // Loaded only here: the prompt library is not needed by any other command.
  const { promptCredentials } = await import('./prompts.js');
  return promptCredentials(options);
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
      action<LoginOptions>(async ({ options, output }) => {
        const plan = options.plan === undefined ? undefined : parsePlan(options.plan);
        const credentials = await readCredentials(options);
        registerSecret(credentials.token);
        if (/\s/.test(credentials.token))
          throw new UsageError('The token contains white space', 'Paste the token alone.');
        const path = configFile();
        const config = await readConfig(path);
        const name = profileName(options);
        const profile: Profile = {
          ...credentials,
          ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
          ...(plan === undefined ? {} : { plan }),
        };
        if (profile.companyId === undefined) delete profile.companyId;
        // Checked before anything is written: a refused token is never stored.
        const verification: TokenVerification = options.verify
          ? await verifyToken(profile, options)
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
      }),
    );
  withExample(
    command,
    'blizwork login',
    'printenv BLIZWORK_TOKEN | blizwork login --token-stdin --user ana@acme.test --company 5fe4a1f0 --plan medio',
  );
}
