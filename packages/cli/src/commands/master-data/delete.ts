// `blizwork master-data delete <table> --filter ... --yes`.
import { connect } from '../../client.js';
import type { CliContext } from '../../context.js';
import { CliError, ExitCode, UsageError } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';

/** What `master-data delete` is given. */
export interface DeleteOptions extends GlobalOptions {
  table: string;
  /** Equality filter: required (an empty one would match every record). */
  filter: Record<string, unknown>;
  /** The confirmation (--yes). */
  yes: boolean;
}

/** Deletes the records matching the filter, once confirmed. */
export async function run(options: DeleteOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  const { table, filter } = options;
  if (Object.keys(filter).length === 0)
    throw new UsageError(
      'md delete needs --filter',
      'An empty filter would match every record; name the records to delete.',
    );
  if (!options.yes)
    throw new CliError('Not deleted: md delete needs --yes', {
      hint: 'Check the records with `blizwork master-data query` and the same --filter first.',
      exitCode: ExitCode.Usage,
    });
  const { bw } = await connect(options, context);
  const result = await bw.masterData(table).delete(filter);
  output.result(
    { table, filter, result },
    () => `Deleted the records of ${table} matching ${JSON.stringify(filter)}`,
  );
  return ExitCode.Ok;
}
