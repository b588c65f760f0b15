// `blizwork logout`: removes a profile from the config file.
import type { Command } from 'commander';
import { action, withExample } from '../../command-context.js';
import { configFile } from '../../config/config-paths.js';
import { readConfig, writeConfig } from '../../config/profile-store.js';
import { profileName } from '../../global-options.js';

/** Registers `logout`. */
export function registerLogout(program: Command): void {
  const command = program
    .command('logout')
    .description('remove the profile (its token) from the config file')
    .action(
      action(async ({ options, output }) => {
        const path = configFile();
        const config = await readConfig(path);
        const name = profileName(options);
        const existed = config.profiles.delete(name);
        if (existed) await writeConfig(path, config);
        output.result({ profile: name, removed: existed }, () =>
          existed
            ? `Logged out: profile "${name}" removed.`
            : `Profile "${name}" was not logged in.`,
        );
      }),
    );
  withExample(command, 'blizwork logout --profile staging');
}
