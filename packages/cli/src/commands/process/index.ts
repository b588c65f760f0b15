// `blizwork process ...`: commander wiring only; each subcommand's work is its module's `run`.
import type { Command } from 'commander';
import { Option } from 'commander';
import { runAction, withExample } from '../../command-context.js';
import { GRAPH_FORMATS, run as runGraph, type ProcessGraphOptions } from './graph.js';

/** Registers `process` and its subcommands. */
export function registerProcess(program: Command): void {
  const process = program.command('process').description('look at process definitions');
  const graph = process
    .command('graph <processId>')
    .description(
      'draw the process: forms, transitions, extensions and (--case) a case path, as SVG, Mermaid or DOT',
    )
    .addOption(
      new Option('--format <format>', 'svg, mermaid (pastes into GitHub) or dot')
        .choices(GRAPH_FORMATS)
        .default('svg'),
    )
    .option(
      '--case <n>',
      "highlight this case's path (read with include 3 from the API, or from --seed)",
    )
    .option('--from-case <n>', 'read the definition from this case (include 3), no path')
    .option('--seed <file>', 'read the definition and extensions from an emulator seed file')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(
      runAction<Omit<ProcessGraphOptions, 'processId'>>((args, options, context) =>
        runGraph({ ...options, processId: String(args[0]) }, context),
      ),
    );
  withExample(
    graph,
    'blizwork process graph sales-process --case 2 --format mermaid',
    'blizwork process graph sales-process --seed seed.json --out sales-process.svg',
    'blizwork process graph sales-process --from-case 1 --format dot | dot -Tpng > sales.png',
  );
}
