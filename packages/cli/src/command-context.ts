// Glue between commander and the commands' `run(options, context)`: every action gets its
// positional arguments and its options merged with the global ones, builds the command's typed
// options and calls its `run` with the process's context; `run`'s exit code becomes the process's.
import type { Command } from 'commander';
import { processContext, type CliContext } from './context.js';
import type { GlobalOptions } from './global-options.js';

/**
 * A commander action. `call` turns the positional arguments (as commander parsed them: a variadic
 * one is an array) and the options into a call of the command's `run`, and resolves its exit code.
 */
export function runAction<O>(
  call: (args: unknown[], options: O & GlobalOptions, context: CliContext) => Promise<number>,
) {
  return async (...received: unknown[]): Promise<void> => {
    const command = received.at(-1) as Command;
    const options = command.optsWithGlobals<O & GlobalOptions>();
    const code = await call(command.processedArgs, options, processContext());
    if (code !== 0) process.exitCode = code;
  };
}

/** Adds an example to a command's --help. */
export function withExample(command: Command, ...examples: string[]): Command {
  return command.addHelpText(
    'after',
    `\nExample:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`,
  );
}
