// Plain-text tables for humans (the --json output is for scripts).

/** A cell as text: objects as compact JSON, nothing as empty. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value); // eslint-disable-line @typescript-eslint/no-base-to-string -- objects returned above: a primitive here
}

/** Rows as aligned columns with a header; `columns` defaults to every key seen, in order. */
export function renderTable(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[] = [...new Set(rows.flatMap((row) => Object.keys(row)))],
): string {
  if (rows.length === 0) return '(none)';
  const cells = rows.map((row) =>
    columns.map((column) =>
      cellText(Object.hasOwn(row, column) ? row[column] : undefined).replace(/\s+/g, ' '),
    ),
  );
  const widths = columns.map((column, i) =>
    Math.min(60, Math.max(column.length, ...cells.map((line) => line[i]!.length))),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, i) =>
        value.length > widths[i]! ? `${value.slice(0, widths[i]! - 1)}…` : value.padEnd(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** A record as `key: value` lines. */
export function renderRecord(record: Record<string, unknown>): string {
  const width = Math.max(0, ...Object.keys(record).map((key) => key.length));
  return Object.entries(record)
    .map(([key, value]) => `${`${key}:`.padEnd(width + 1)} ${cellText(value)}`)
    .join('\n');
}
