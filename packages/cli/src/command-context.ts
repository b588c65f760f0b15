// Glue between commander and the command implementations: every action gets its positional
// arguments, its options merged with the global ones, and an Output.
import type { Command } from 'commander';
import type { GlobalOptions } from './global-options.js';
import { Output } from './output/output.js';

/** What a command implementation receives. */
export interface CommandContext<O> {
  /** Positional arguments as commander parsed them (a variadic one is an array). */
  args: unknown[];
  options: O & GlobalOptions;
  output: Output;
}

/** A commander action that runs `run` with a CommandContext. */
export function action<O>(run: (context: CommandContext<O>) => Promise<void>) {
  return async (...received: unknown[]): Promise<void> => {
    const command = received.at(-1) as Command;
    const options = command.optsWithGlobals<O & GlobalOptions>();
    const output = new Output(options.json === true);
    await run({ args: command.processedArgs, options, output });
  };
}

/** Adds an example to a command's --help. */
export function withExample(command: Command, ...examples: string[]): Command {
  return command.addHelpText(
    'after',
    `\nExample:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`,
  );
}
