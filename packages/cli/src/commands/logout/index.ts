// `blizwork logout`: removes a profile from the config file.
import type { Command } from 'commander';
import { runAction, withExample } from '../../command-context.js';
import { configFile } from '../../config/config-paths.js';
import { readConfig, writeConfig } from '../../config/profile-store.js';
import type { CliContext } from '../../context.js';
import { ExitCode } from '../../errors.js';
import { profileName, type GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';

/** What `logout` is given: the global options only (`--profile` names the profile). */
export type LogoutOptions = GlobalOptions;

/** Removes the profile (its token) from the config file; a profile that is not there is no error. */
export async function run(options: LogoutOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const path = configFile(context.env);
  const config = await readConfig(path);
  const name = profileName(options, context.env);
  const existed = config.profiles.delete(name);
  if (existed) await writeConfig(path, config);
  output.result({ profile: name, removed: existed }, () =>
    existed ? `Logged out: profile "${name}" removed.` : `Profile "${name}" was not logged in.`,
  );
  return ExitCode.Ok;
}

/** Registers `logout`. */
export function registerLogout(program: Command): void {
  const command = program
    .command('logout')
    .description('remove the profile (its token) from the config file')
    .action(runAction((_args, options, context) => run(options, context)));
  withExample(command, 'blizwork logout --profile staging');
}
