// `blizwork whoami`: the settings a command would use, the token masked. No network call.
import type { Command } from 'commander';
import { runAction, withExample } from '../../command-context.js';
import { maskToken, resolveSettings } from '../../config/settings.js';
import type { CliContext } from '../../context.js';
import { ExitCode } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import { registerSecret } from '../../output/redact.js';

/** What `whoami` is given: the global options only. */
export type WhoamiOptions = GlobalOptions;

/** Prints the resolved settings (profile, user, company, base URL, pacing, token as ***last4). */
export async function run(options: WhoamiOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const settings = await resolveSettings(options, context.env);
  registerSecret(settings.token);
  output.record({
    profile: settings.profile,
    user: settings.userId,
    company: settings.companyId ?? null,
    baseUrl: settings.baseUrl ?? 'https://api.blizwork.com',
    environment: settings.environment,
    token: maskToken(settings.token),
    pace: settings.pace,
    sources: settings.sources,
  });
  return ExitCode.Ok;
}

/** Registers `whoami`. */
export function registerWhoami(program: Command): void {
  const command = program
    .command('whoami')
    .description('show the profile, user, company, base URL and pacing (token as ***last4)')
    .action(runAction((_args, options, context) => run(options, context)));
  withExample(command, 'blizwork whoami --json');
}
