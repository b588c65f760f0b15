// `blizwork emulator`: runs the emulator's own CLI (`blizwork-emulator`) with the same arguments.
// The flags have one definition, the emulator's parser (`@blizwork/emulator/cli-args`): the
// arguments are checked with it here (a usage error, exit 2) and passed on unchanged.
import { parseCliArgs, usage } from '@blizwork/emulator/cli-args';
import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runAction, withExample } from '../../command-context.js';
import type { CliContext } from '../../context.js';
import { ExitCode, UsageError } from '../../errors.js';

/** The emulator CLI's script, from the installed @blizwork/emulator package. */
function emulatorCli(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@blizwork/emulator/package.json');
  const manifest = require(manifestPath) as { bin: Record<string, string> };
  return join(dirname(manifestPath), manifest.bin['blizwork-emulator']!);
}

/** The emulator's usage, named as this command (the two names have the same length). */
const emulatorUsage = (): string => usage.replace('blizwork-emulator', 'blizwork emulator');

/** Checks `args` with the emulator's parser; true when they ask for the help. */
function checkArgs(args: readonly string[]): boolean {
  try {
    return parseCliArgs(args).help;
  } catch (error) {
    throw new UsageError(
      `emulator: ${(error as Error).message}`,
      'See `blizwork emulator --help` for its options.',
    );
  }
}

/** Runs the emulator's CLI with `args` until it exits; resolves its exit code. */
async function spawnEmulator(args: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [emulatorCli(), ...args], { stdio: 'inherit' });
  // Ctrl-C reaches the child through the terminal; a TERM sent to this process is passed on.
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGINT', () => undefined);
  return new Promise<number>((resolve) =>
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))),
  );
}

/** What `emulator` is given: the emulator's own arguments, passed on unchanged. */
export interface EmulatorCommandOptions {
  readonly args: readonly string[];
}

/**
 * Checks the arguments with the emulator's parser (UsageError, exit 2), prints its usage for
 * `--help`, else runs the emulator in a child process (on this process's terminal: it prints its
 * token and address there) and resolves its exit code.
 */
export async function run(options: EmulatorCommandOptions, context: CliContext): Promise<number> {
  if (checkArgs(options.args)) {
    context.stdout.write(`${emulatorUsage()}\n`);
    return ExitCode.Ok;
  }
  return spawnEmulator(options.args);
}

/** Registers `emulator`. */
export function registerEmulator(program: Command): void {
  const command = program
    .command('emulator')
    .description('start a local BlizWork emulator (the blizwork-emulator command, same options)')
    .argument('[options...]', "the emulator's options (see below)")
    // Every option is the emulator's: commander passes them on, the emulator's parser checks them.
    .helpOption(false)
    .allowUnknownOption()
    .addHelpText('after', () => `\n${emulatorUsage()}`)
    // The emulator's options are not commander's: only the positional list is passed on.
    .action(runAction((args, _options, context) => run({ args: args[0] as string[] }, context)));
  withExample(
    command,
    'blizwork emulator --port 3005 --data .blizwork',
    'blizwork emulator --port 3005 --cors-origin http://localhost:5173',
    'blizwork login --base-url http://127.0.0.1:3005',
  );
}
