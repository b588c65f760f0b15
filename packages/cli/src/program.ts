// The `blizwork` command tree: global options, then every command.
import { ENV_VARIABLES } from '@blizwork/sdk';
import { Command, Option } from 'commander';
import { registerCases } from './commands/cases/index.js';
import { registerDoctor } from './commands/doctor/index.js';
import { registerEmulator } from './commands/emulator/index.js';
import { registerLogin } from './commands/login/index.js';
import { registerLogout } from './commands/logout/index.js';
import { registerMasterData } from './commands/master-data/index.js';
import { registerProcess } from './commands/process/index.js';
import { registerTypegen } from './commands/typegen/index.js';
import { registerUpload } from './commands/upload/index.js';
import { registerWhoami } from './commands/whoami/index.js';
import { CLI_VERSION } from './version.js';

// The SDK's variable names come from its one definition, ENV_VARIABLES.
const EXIT_CODES = `
Exit codes: 0 ok, 1 failure, 2 usage (bad arguments or options).
Environment: ${ENV_VARIABLES.token}, ${ENV_VARIABLES.userId}, ${ENV_VARIABLES.companyId}, ${ENV_VARIABLES.baseUrl} and
${ENV_VARIABLES.environment} override the profile; BLIZWORK_PROFILE picks it; BLIZWORK_CONFIG_DIR moves the
config directory; NO_COLOR turns colours off.`;

/** A new `blizwork` program (commander throws instead of exiting; main() maps the exit codes). */
export function createProgram(): Command {
  const program = new Command('blizwork')
    .description('The BlizWork command line: cases, master data, typed processes, diagnostics')
    .version(CLI_VERSION)
    .option('--profile <name>', 'the profile to use (default: BLIZWORK_PROFILE, else "default")')
    .option('--base-url <url>', "the API base URL, e.g. an emulator's")
    .option('--tps <n>', "transactions per second (overrides the profile's plan)")
    .addOption(
      new Option('--env <environment>', 'the process version to work on').choices([
        'production',
        'draft',
      ]),
    )
    .option('--json', 'machine-readable output on stdout, nothing else')
    .option('--verbose', 'show the cause chain of errors')
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', EXIT_CODES)
    .exitOverride()
    .enablePositionalOptions(false);
  registerLogin(program);
  registerLogout(program);
  registerWhoami(program);
  registerCases(program);
  registerMasterData(program);
  registerUpload(program);
  registerTypegen(program);
  registerProcess(program);
  registerDoctor(program);
  registerEmulator(program);
  // Every subcommand throws instead of exiting, like the root.
  const override = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  return program;
}
