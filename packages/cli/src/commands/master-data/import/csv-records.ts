// Reads a CSV file as records, each with the file lines it came from, so that a broken record
// costs one reject and never the rows after it.
//
// Lines are grouped into records by their quotes: a record goes on to the next line only while a
// quote is open (a quoted value may hold line breaks). Each record is then parsed on its own by
// csv-parse. When a quote is never closed (to the end of the file, or for more than
// MAX_RECORD_CHARS), or a record that spans lines is broken by its quotes, only its first line is
// rejected and reading starts again on the next line: a stray `"` on line 5 costs line 5, and
// the rows on lines 6, 7… are read as the rows they are. A well-quoted record that spans lines
// is one row (its reject, if any, names all its lines).
import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';

/** Past this, a quote that is still open is taken as never closed (and a line as too long). */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** One record of the file: its 1-based first and last lines, its raw text, and its values. */
export type CsvRecord = { line: number; endLine: number; raw: string } & (
  { values: string[] } | { error: string }
);

interface Line {
  number: number;
  /** The line without its `\n` (a `\r` before it is kept: inside a quoted value it is data). */
  text: string;
  /** The line was longer than MAX_RECORD_CHARS: `text` is its start only. */
  cut: boolean;
}

/** The file's lines, numbered from 1; a UTF-8 BOM at the start is dropped. */
async function* linesOf(file: string): AsyncGenerator<Line> {
  let number = 0;
  let pending = '';
  let cut = false;
  const line = (text: string): Line => {
    const tooLong = cut || text.length > MAX_RECORD_CHARS;
    return {
      number: ++number,
      text: tooLong ? text.slice(0, MAX_RECORD_CHARS) : text,
      cut: tooLong,
    };
  };
  let atStart = true;
  const stream = createReadStream(file, { encoding: 'utf8' }) as AsyncIterable<string>;
  for await (let chunk of stream) {
    if (atStart) chunk = chunk.replace(/^\uFEFF/, '');
    atStart = false;
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      yield line(pending + chunk.slice(start, end));
      pending = '';
      cut = false;
      start = end + 1;
    }
    // The rest of a line too long to keep is dropped: the line is rejected with its start.
    if (!cut) pending += chunk.slice(start);
    if (pending.length > MAX_RECORD_CHARS) {
      pending = pending.slice(0, MAX_RECORD_CHARS);
      cut = true;
    }
  }
  if (pending !== '' || cut) yield line(pending);
}

const quotesIn = (text: string): number => text.split('"').length - 1;
/** The line as a person reads it: without the `\r` of a CRLF ending. */
const shown = (line: Line): string => line.text.replace(/\r$/, '');
const isBlank = (line: Line): boolean => shown(line) === '';

/** csv-parse's errors in words about the record (its messages count lines from the record). */
const PROBLEMS = new Map<string, string>([
  ['CSV_QUOTE_NOT_CLOSED', 'a quote is never closed'],
  [
    'CSV_INVALID_CLOSING_QUOTE',
    'a quoted value is followed by more text before the next comma (write "a ""b"" c" for a value with quotes)',
  ],
  [
    'INVALID_OPENING_QUOTE',
    'a quote inside an unquoted value (quote the whole value and double the quotes in it: "5 ""inch""")',
  ],
]);

function problemOf(error: unknown): string {
  if (!(error instanceof CsvError)) throw error;
  return PROBLEMS.get(error.code) ?? error.message.replace(/ at line \d+/g, '');
}

/** The values of one record's text (its quotes balanced), or what is wrong with its quoting. */
export function parseRecord(text: string): { values: string[] } | { error: string } {
  // Without a quote, a record is its values between commas, exactly as csv-parse reads it (the
  // tests check that): a plain split saves creating a parser per row, the bulk of the time.
  if (!text.includes('"')) return { values: text.split(',') };
  try {
    // One record: line breaks in it are inside quotes. The number of values is checked by the
    // caller against the header.
    const rows = parse(text, { record_delimiter: '\n', relax_column_count: true });
    return rows.length === 1 ? { values: rows[0]! } : { error: 'not one CSV record' };
  } catch (error) {
    return { error: problemOf(error) };
  }
}

/**
 * The records of `file`, in order; blank lines are skipped. Never throws for bad content: a
 * record that cannot be read comes out with an `error`, its lines and its raw text.
 */
export async function* csvRecords(file: string): AsyncGenerator<CsvRecord> {
  const source = linesOf(file);
  /**
   * Lines read ahead and given back by a resync, read before the file's next lines. A stack (the
   * next line on top): giving back and taking are O(1), even for the thousands of lines an
   * unclosed quote can hold.
   */
  const replay: Line[] = [];
  const giveBack = (lines: readonly Line[]): void => {
    for (let i = lines.length - 1; i >= 0; i--) replay.push(lines[i]!);
  };
  const take = async (): Promise<Line | undefined> => {
    if (replay.length > 0) return replay.pop();
    const next = await source.next();
    return next.done === true ? undefined : next.value;
  };

  for (let first = await take(); first !== undefined; first = await take()) {
    if (isBlank(first) && !first.cut) continue;
    const single = { line: first.number, endLine: first.number, raw: shown(first) };
    if (first.cut) {
      yield { ...single, error: `the line is longer than ${MAX_RECORD_CHARS} characters` };
      continue;
    }
    const lines = [first];
    let quotes = quotesIn(first.text);
    let size = first.text.length;
    let unclosed = false;
    while (quotes % 2 === 1) {
      const next = await take();
      if (next === undefined || next.cut || size + next.text.length > MAX_RECORD_CHARS) {
        if (next !== undefined) lines.push(next);
        unclosed = true;
        break;
      }
      lines.push(next);
      quotes += quotesIn(next.text);
      size += next.text.length + 1;
    }
    if (unclosed) {
      // The quote opened on this line never closes: reject this line alone, read on from the next.
      giveBack(lines.slice(1));
      yield { ...single, error: 'a quote opened on this line is never closed' };
      continue;
    }
    const last = lines.at(-1)!;
    const text = lines
      .map((line) => line.text)
      .join('\n')
      .replace(/\r$/, '');
    const parsed = parseRecord(text);
    if ('values' in parsed) {
      yield { line: first.number, endLine: last.number, raw: text, values: parsed.values };
    } else {
      // Broken quoting. Over several lines, most likely a stray quote on the first one: reject
      // it alone and read the next lines on their own.
      giveBack(lines.slice(1));
      yield { ...single, error: parsed.error };
    }
  }
}
