// A row's identity in the table: its values in the --key columns. One check for the import and
// the dry run, so both reject the same rows with the same words.

/** The value of `column` in `row`: own properties only (a column may be named `constructor`). */
const valueOf = (row: Record<string, unknown>, column: string): unknown =>
  Object.hasOwn(row, column) ? row[column] : undefined;

const isMissing = (value: unknown): boolean =>
  value === undefined || value === null || value === '';

/** Why `row` cannot be upserted by `key` (a key column without a value), or undefined. */
export function keyProblem(
  row: Record<string, unknown>,
  key: readonly string[],
): string | undefined {
  const column = key.find((name) => isMissing(valueOf(row, name)));
  return column === undefined ? undefined : `no value in key column "${column}"`;
}

/** A row's identity as text (a CSV holds text), or undefined when a key value is missing. */
export function keyOf(row: Record<string, unknown>, key: readonly string[]): string | undefined {
  if (keyProblem(row, key) !== undefined) return undefined;
  return JSON.stringify(key.map((column) => String(valueOf(row, column))));
}
