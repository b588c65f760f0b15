// Reading the JSON files the emulator is pointed at (state files, `--import`, seed files) without
// ever repeating their content: such a path may be a symlink to anything (a private key, a
// credentials file), and an error message ends up on a terminal, in CI logs, in bug reports.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse as parseWithLocations } from '@humanwhocodes/momoa';

/**
 * Why a file could not be read as JSON, as a predicate about it (`cannot be read (...)`, `is not a
 * regular file`, `is not valid JSON (syntax error at line 3, column 7)`): what and where, never the
 * content.
 */
export class JsonFileProblem extends Error {
  override readonly name = 'JsonFileProblem';
  /** The file does not exist (callers may treat that as "nothing saved yet"). */
  readonly missing: boolean;

  constructor(message: string, missing = false) {
    super(message);
    this.missing = missing;
  }
}

/**
 * Where `text` stops being JSON, as `line L, column C`, or undefined when the locating parser
 * disagrees with `JSON.parse` (e.g. a raw control character in a string). V8's own message is not
 * used: it quotes the text around the error.
 */
export function syntaxErrorLocation(text: string): string | undefined {
  try {
    parseWithLocations(text, { mode: 'json' });
  } catch (error) {
    const { line, column } = error as { line?: unknown; column?: unknown };
    if (typeof line === 'number' && typeof column === 'number') {
      return `line ${line}, column ${column}`;
    }
  }
  return undefined;
}

/** The predicate for text `JSON.parse` refused: what and where, never the text. */
export function notJsonMessage(text: string): string {
  const location = syntaxErrorLocation(text);
  return `is not valid JSON${location === undefined ? '' : ` (syntax error at ${location})`}`;
}

/** Read-only, and a FIFO opens at once instead of waiting for a writer (then refused by fstat). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file as UTF-8 and parses it as JSON. Throws a JsonFileProblem (content never
 * quoted) when it is missing (`missing`), cannot be read, is not a regular file (a FIFO or a device
 * such as `/dev/zero` would never end), or is not JSON (with the line and column).
 */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    const handle = await open(file, READ_FLAGS);
    try {
      if (!(await handle.stat()).isFile()) {
        throw new JsonFileProblem('is not a regular file');
      }
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof JsonFileProblem) throw error;
    // A system error's message names the call and the path, never the file's bytes.
    const { code, message } = error as NodeJS.ErrnoException;
    throw new JsonFileProblem(`cannot be read (${message})`, code === 'ENOENT');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new JsonFileProblem(notJsonMessage(text));
  }
}
