// `blizwork cases list <process>`: the summaries of the matching cases.
import { connect } from '../../client.js';
import type { CliContext } from '../../context.js';
import { ExitCode } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';

/** What `cases list` is given. */
export interface ListCasesOptions extends GlobalOptions {
  processId: string;
  /** Equality filter. */
  filter: Record<string, unknown>;
}

/** Prints the summaries of the cases matching the filter (a table, or a JSON array). */
export async function run(options: ListCasesOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const { bw } = await connect(options, context);
  output.rows(await bw.process(options.processId).listCases(options.filter));
  return ExitCode.Ok;
}
