// CSV cells a spreadsheet would evaluate as a formula (CSV injection, OWASP): the exporters
// (`md export`, `cases export`) prefix them with `'`, which spreadsheets read as "text", and
// `md import` removes that prefix again, so an exported file imports back to the same values.
//
// The rule, in both directions (it is in the CLI README):
// - A cell is guarded when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return (the
//   OWASP list), or with `'` itself: it gets one `'` in front.
// - Exception: a cell that is a plain decimal number (`-5`, `+1.5`, `-2e-7`) is left alone. A
//   number cannot call a function or reference a cell, so no spreadsheet runs anything from it,
//   and a `'` would turn a numeric column into text (visible as `'-5` in Excel). OWASP's advice to
//   prefix every `-` cell is about text such as `-2+3+cmd|' /C calc'!A0`, which is not a number.
// - On import, one leading `'` is removed only when the next character is one of those that made
//   the exporter add it (`= + - @`, tab, CR or `'`). Guarding `'` itself makes this unambiguous:
//   unguard(guard(cell)) is the cell, for every cell.

/** The guard: spreadsheets show a cell starting with it as text. */
const GUARD = "'";

/** The first characters that make a spreadsheet evaluate a cell (OWASP), and the guard itself. */
const GUARDED_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', GUARD]);

/** A plain decimal number: harmless in a spreadsheet, and left as a number. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** `cell` as it may go into a CSV file: with a `'` in front when a spreadsheet would evaluate it. */
export function guardCell(cell: string): string {
  const first = cell[0];
  if (first === undefined || !GUARDED_STARTS.has(first) || PLAIN_NUMBER.test(cell)) return cell;
  return GUARD + cell;
}

/** The value a CSV cell written by {@link guardCell} stands for: its added `'` removed. */
export function unguardCell(cell: string): string {
  const second = cell[1];
  return cell[0] === GUARD && second !== undefined && GUARDED_STARTS.has(second)
    ? cell.slice(1)
    : cell;
}

const asIs = (cell: string): string => cell;

/** What the exporters write for a cell: guarded, or as it is with `--no-formula-guard`. */
export const exportedCell = (formulaGuard: boolean): ((cell: string) => string) =>
  formulaGuard ? guardCell : asIs;

/** What `md import` reads from a CSV cell: unguarded, or as it is with `--no-formula-guard`. */
export const importedCell = (formulaGuard: boolean): ((cell: string) => string) =>
  formulaGuard ? unguardCell : asIs;

/** `--help` of the exporters' opt-out flag (commander: `--no-formula-guard` sets formulaGuard false). */
export const EXPORT_OPT_OUT_HELP =
  "write cells that start with = + - @, a tab or CR as they are, without the ' in front (a spreadsheet opening the file may run them as formulas)";

/** `--help` of the importer's opt-out flag. */
export const IMPORT_OPT_OUT_HELP =
  "keep a leading ' in CSV cells (for files exported with --no-formula-guard, or not by blizwork)";
