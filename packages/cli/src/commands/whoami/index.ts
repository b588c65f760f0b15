// `blizwork whoami`: the settings a command would use, the token masked. No network call.
import type { Command } from 'commander';
import { action, withExample } from '../../command-context.js';
import { maskToken, resolveSettings } from '../../config/settings.js';
import { registerSecret } from '../../output/redact.js';

/** Registers `whoami`. */
export function registerWhoami(program: Command): void {
  const command = program
    .command('whoami')
    .description('show the profile, user, company, base URL and pacing (token as ***last4)')
    .action(
      action(async ({ options, output }) => {
        const settings = await resolveSettings(options);
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
      }),
    );
  withExample(command, 'blizwork whoami --json');
}
