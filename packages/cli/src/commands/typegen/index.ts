// `blizwork typegen <process...> (--from-case <n> | --seed seed.json) --out file.ts [--check]`.
import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { connect } from '../../client.js';
import { runAction, withExample } from '../../command-context.js';
import type { CliContext } from '../../context.js';
import { CliError, ExitCode, UsageError } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import type { ProcessDefinition } from './definition.js';
import { definitionFromCase, definitionFromSeed } from './definition-sources.js';
import { renderTypes } from './render.js';

/** The flags of `typegen` as commander parsed them. */
interface TypegenFlags {
  fromCase?: string;
  seed?: string;
  out: string;
  check?: boolean;
}

/** What `typegen` is given. */
export interface TypegenOptions extends GlobalOptions, TypegenFlags {
  /** The processes to type (the types are written in this order). */
  processIds: readonly string[];
}

async function readDefinitions(
  options: TypegenOptions,
  context: CliContext,
): Promise<ProcessDefinition[]> {
  const { processIds } = options;
  if ((options.seed === undefined) === (options.fromCase === undefined)) {
    throw new UsageError(
      'typegen needs one source: --from-case <n> or --seed <file>',
      'e.g. blizwork typegen sales-process --from-case 1 --out src/blizwork.gen.ts',
    );
  }
  if (options.seed !== undefined) {
    const environment = options.env === 'draft' ? 'draft' : 'production';
    return Promise.all(processIds.map((id) => definitionFromSeed(options.seed!, id, environment)));
  }
  const caseNumber = Number(options.fromCase);
  if (!Number.isInteger(caseNumber) || caseNumber < 1)
    throw new UsageError(`--from-case must be a case number (got "${options.fromCase}")`);
  const { bw } = await connect(options, context);
  const definitions: ProcessDefinition[] = [];
  for (const id of processIds) definitions.push(await definitionFromCase(bw, id, caseNumber));
  return definitions;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes the types of the processes to `--out` (with `--check`: exit 1 when it is out of date). */
export async function run(options: TypegenOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const { processIds } = options;
  const definitions = await readDefinitions(options, context);
  const text = renderTypes(definitions, `blizwork typegen ${processIds.join(' ')}`);
  const current = await readIfExists(options.out);
  const upToDate = current === text;
  if (options.check) {
    if (!upToDate) {
      throw new CliError(`${options.out} is out of date with the process definitions`, {
        hint: 'Run the same typegen command without --check and commit the file.',
      });
    }
    output.result(
      { out: options.out, processes: processIds, upToDate: true },
      () => `${options.out} is up to date.`,
    );
    return ExitCode.Ok;
  }
  if (!upToDate) await writeFile(options.out, text);
  output.result(
    { out: options.out, processes: processIds, changed: !upToDate },
    () => `${upToDate ? 'Unchanged' : 'Wrote'} ${options.out} (${processIds.join(', ')})`,
  );
  return ExitCode.Ok;
}

/** Registers `typegen`. */
export function registerTypegen(program: Command): void {
  const command = program
    .command('typegen <process...>')
    .description(
      'write TypeScript types of processes (fields, forms, next forms) for bw.process<Schema>()',
    )
    .option('--from-case <n>', 'read each process definition from this case (include 3)')
    .option('--seed <file>', 'read the definitions from an emulator seed file instead')
    .requiredOption('--out <file>', 'the TypeScript file to write')
    .option('--check', 'write nothing; exit 1 if the file is out of date (for CI)')
    .action(
      runAction<TypegenFlags>((args, options, context) =>
        run({ ...options, processIds: [...new Set(args[0] as string[])].sort() }, context),
      ),
    );
  withExample(
    command,
    'blizwork typegen sales-process --from-case 1 --out src/blizwork.gen.ts',
    'blizwork typegen sales-process --seed seed.json --out src/blizwork.gen.ts --check',
  );
}
