// `blizwork master-data query <table>`: the matching records.
import { connect } from '../../client.js';
import type { CliContext } from '../../context.js';
import { ExitCode } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';

/** What `master-data query` is given. */
export interface QueryOptions extends GlobalOptions {
  table: string;
  /** Equality filter. */
  filter: Record<string, unknown>;
}

/** Prints the records matching the filter (a table, or a JSON array). */
export async function run(options: QueryOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const { bw } = await connect(options, context);
  output.rows(await bw.masterData(options.table).records(options.filter));
  return ExitCode.Ok;
}
