// `blizwork process graph <processId> [--format svg|mermaid|dot] [--case <n>] [--from-case <n> |
// --seed <file>] [--out <file>]`: the process as a picture. `run` does the work and is testable
// without a child process; `index.ts` wires it into commander.
import {
  buildProcessGraph,
  caseStepsFromHistory,
  renderProcessGraph,
  type BuildGraphOptions,
  type GraphFormat,
  type HistoryEntryInput,
} from '@blizwork/process-graph';
import { writeFile } from 'node:fs/promises';
import { connect } from '../../client.js';
import type { GlobalOptions } from '../../global-options.js';
import type { CliContext } from '../../context.js';
import { ExitCode, UsageError } from '../../errors.js';
import { Output } from '../../output/output.js';
import type { ProcessDefinition } from '../typegen/definition.js';
import {
  caseWithDefinition,
  definitionFromCase,
  definitionFromSeed,
} from '../typegen/definition-sources.js';
import { seedExtras } from './seed-extras.js';

/** The formats `--format` takes. */
export const GRAPH_FORMATS: readonly GraphFormat[] = ['svg', 'mermaid', 'dot'];

/** What `process graph` is given. */
export interface ProcessGraphOptions extends GlobalOptions {
  processId: string;
  format?: string;
  /** Highlight this case's path (read from the API, or from the seed with --seed). */
  case?: string;
  /** Read the definition from this case (include 3), without drawing a path. */
  fromCase?: string;
  /** Read the definition (and extensions, and seeded cases) from an emulator seed file. */
  seed?: string;
  /** Write here instead of stdout. */
  out?: string;
}

const caseNumberOf = (flag: string, text: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${flag} must be a case number (got "${text}")`);
  return value;
};

/** The definition and what else to draw, from the source the options name. */
async function graphInput(
  options: ProcessGraphOptions,
  context: CliContext,
): Promise<{ definition: ProcessDefinition; extras: BuildGraphOptions }> {
  const sources = [options.seed, options.fromCase].filter((source) => source !== undefined);
  if (sources.length > 1 || (sources.length === 0 && options.case === undefined)) {
    throw new UsageError(
      'process graph needs one source: --seed <file>, --from-case <n>, or --case <n> (read from the API)',
      'e.g. blizwork process graph sales-process --case 2 --format mermaid',
    );
  }
  const caseNumber = options.case === undefined ? undefined : caseNumberOf('--case', options.case);
  if (options.seed !== undefined) {
    const environment = options.env === 'draft' ? 'draft' : 'production';
    const definition = await definitionFromSeed(options.seed, options.processId, environment);
    return {
      definition,
      extras: await seedExtras(options.seed, options.processId, environment, caseNumber),
    };
  }
  const { bw } = await connect(options, context);
  if (options.fromCase !== undefined && caseNumber === undefined) {
    const from = caseNumberOf('--from-case', options.fromCase);
    return { definition: await definitionFromCase(bw, options.processId, from), extras: {} };
  }
  // --case: the case read with include 3 gives both the definition and the path.
  const read = await caseWithDefinition(bw, options.processId, caseNumber!);
  const history = (read.case.document.history ?? []) as unknown as HistoryEntryInput[];
  return {
    definition: read.definition,
    extras: {
      case: {
        steps: caseStepsFromHistory(history),
        currentFormId:
          typeof read.case.document.currentFormId === 'string'
            ? read.case.document.currentFormId
            : '',
        closed: read.case.document.closed === true,
      },
    },
  };
}

/** Draws the process and writes it to `--out` or stdout (with --json: a summary, and the text when not written). */
export async function run(options: ProcessGraphOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const format = (options.format ?? 'svg') as GraphFormat;
  if (!GRAPH_FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${GRAPH_FORMATS.join(', ')} (got "${options.format}")`,
    );
  }
  const { definition, extras } = await graphInput(options, context);
  const text = renderProcessGraph(definition, { ...extras, format });
  const graph = buildProcessGraph(definition, extras);
  const summary = {
    processId: options.processId,
    format,
    forms: graph.nodes.length,
    transitions: graph.edges.length,
    ...(extras.case === undefined ? {} : { steps: extras.case.steps.length }),
  };
  if (options.out !== undefined) {
    await writeFile(options.out, text);
    output.result(
      { ...summary, out: options.out },
      () => `Wrote ${options.out} (${summary.forms} forms, ${summary.transitions} transitions)`,
    );
    return ExitCode.Ok;
  }
  output.result({ ...summary, text }, () => text.replace(/\n$/, ''));
  return ExitCode.Ok;
}
