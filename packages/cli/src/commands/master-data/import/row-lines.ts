// How rows are placed in the file for people: `line 4`, `lines 4-6`, and a note about rows that
// span several lines.
import type { SourceRow } from './row-source.js';

/** `line 4`, or `lines 4-6` for a row that spans lines. */
export const linesText = ({ line, endLine }: { line: number; endLine?: number }): string =>
  endLine === undefined ? `line ${line}` : `lines ${line}-${endLine}`;

/**
 * The rows, passed through, counting those that span several lines (a CSV value with line
 * breaks): legal CSV, but also what a stray quote closed by another one looks like, so the
 * summary says where.
 */
export function watchMultiLine(rows: AsyncIterable<SourceRow>) {
  const seen = { count: 0, first: undefined as SourceRow | undefined };
  async function* watched(): AsyncGenerator<SourceRow> {
    for await (const row of rows) {
      if (row.endLine !== undefined && 'row' in row) {
        seen.count++;
        seen.first ??= row;
      }
      yield row;
    }
  }
  const note = (): string[] =>
    seen.first === undefined
      ? []
      : [
          `note: ${seen.count} row${seen.count === 1 ? '' : 's'} span${seen.count === 1 ? 's' : ''} several lines (a quoted value with line breaks), the first at ${linesText(seen.first)}`,
        ];
  return { rows: watched(), note };
}
