// Entry point (bin/blizwork.js imports this): runs the program and sets the exit code.
import { CommanderError } from 'commander';
import { ExitCode } from './errors.js';
import { colorsEnabled } from './output/colors.js';
import { reportError } from './output/error-report.js';
import { createProgram } from './program.js';

/** Runs `blizwork` with `argv` (without node and the script) and resolves the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const flags = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined);
  const json = flags.includes('--json');
  try {
    await createProgram().parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.Ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message (and the help hint) on stderr.
      const done = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
        error.code,
      );
      return done ? ExitCode.Ok : ExitCode.Usage;
    }
    return await reportError(error, {
      json,
      verbose: flags.includes('--verbose'),
      color: colorsEnabled(json),
    });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = ExitCode.Failure;
  },
);
