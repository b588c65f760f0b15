// The config file holds API tokens, so it is handled as ssh handles a private key: it must be a
// regular file (never a symbolic link), owned by the user (or root), and not open to the group
// or to others; its directory must be a real directory (never a link), owned by the user (or
// root) and not writable by others. Anything else is refused with the command that fixes it,
// rather than warned about: a warning scrolls past in a script, and a token others could read
// should not be used on as if nothing happened. The CLI never chmods a file or a directory it
// did not create. On Windows, where POSIX modes and owners mean nothing, only links are refused.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../errors.js';

const POSIX = process.platform !== 'win32';

/**
 * O_NOFOLLOW: opening a link fails (ELOOP) instead of reading its target, with no gap between a
 * check and the open. O_NONBLOCK: a FIFO planted there cannot make the open wait forever (fstat
 * then refuses it). Both are 0 where the platform lacks them (Windows; links are checked with
 * lstat there).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** A path as a shell reads it, for the commands in hints. */
const shellWord = (path: string): string =>
  /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;

const modeText = (mode: number): string => `0${(mode & 0o777).toString(8)}`;

/** Stats an owner and a mode can be read from. */
interface Owned {
  uid: number;
  mode: number;
}

/** The owner is the user running the CLI, or root (whose files only root can change). */
function ownerProblem(stats: Owned): string | undefined {
  const uid = process.getuid?.();
  if (!POSIX || uid === undefined || stats.uid === uid || stats.uid === 0) return undefined;
  return `belongs to another user (uid ${stats.uid}; you are uid ${uid})`;
}

/**
 * Checks the config directory: `missing` when it does not exist; throws when it is a link, not a
 * directory, someone else's, or writable by others (they could replace the file in it).
 */
export async function checkPrivateDir(dir: string): Promise<'missing' | 'ok'> {
  let stats;
  try {
    stats = await lstat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new CliError(`Cannot read the config directory ${dir}`, { cause: error });
  }
  const refuse = (problem: string, hint: string) =>
    new CliError(`The config directory ${dir} ${problem}`, { hint });
  if (stats.isSymbolicLink())
    throw refuse(
      'is a symbolic link: blizwork does not follow links to where it keeps API tokens',
      'Set BLIZWORK_CONFIG_DIR to the real directory, or replace the link with a directory.',
    );
  if (!stats.isDirectory())
    throw refuse('is not a directory', 'Move it away, or set BLIZWORK_CONFIG_DIR.');
  const owner = ownerProblem(stats);
  if (owner !== undefined)
    throw refuse(owner, 'Use a config directory of your own (set BLIZWORK_CONFIG_DIR).');
  if (POSIX && (stats.mode & 0o022) !== 0)
    throw refuse(
      `is writable by other users (mode ${modeText(stats.mode)}): they could replace the config file`,
      `Run: chmod 700 ${shellWord(dir)}`,
    );
  return 'ok';
}

/** Refuses an open config file that is not regular, someone else's, or open to others. */
async function checkPrivateHandle(handle: FileHandle, path: string): Promise<void> {
  const stats = await handle.stat();
  const refuse = (problem: string, hint: string) =>
    new CliError(`The config file ${path} ${problem}`, { hint });
  if (!stats.isFile()) throw refuse('is not a regular file', 'Move it away and log in again.');
  const owner = ownerProblem(stats);
  if (owner !== undefined)
    throw refuse(
      owner,
      'Use a config file of your own (log in again, or set BLIZWORK_CONFIG_DIR).',
    );
  if (POSIX && (stats.mode & 0o077) !== 0)
    throw refuse(
      `is open to other users (mode ${modeText(stats.mode)}), and it holds API tokens`,
      `Run: chmod 600 ${shellWord(path)} (if others could read it, also replace its tokens: blizwork login).`,
    );
}

const linkRefusal = (path: string) =>
  new CliError(
    `The config file ${path} is a symbolic link: blizwork does not follow links to where it keeps API tokens`,
    {
      hint: 'Replace the link with the file itself (mode 600), or set BLIZWORK_CONFIG_DIR to where it is.',
    },
  );

/**
 * The text of a private file (see the top of this file), or undefined when there is none (its
 * directory missing included). Throws a CliError saying what to run when the checks fail.
 */
export async function readPrivateFile(path: string): Promise<string | undefined> {
  if ((await checkPrivateDir(dirname(path))) === 'missing') return undefined;
  if (!POSIX && (await lstat(path).catch(() => undefined))?.isSymbolicLink())
    throw linkRefusal(path);
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw linkRefusal(path);
    throw new CliError(`Cannot read the config file ${path}`, {
      hint: 'Check its permissions.',
      cause: error,
    });
  }
  try {
    await checkPrivateHandle(handle, path);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Writes `text` to `path` privately and atomically: the directory is created 0700 when missing
 * (an existing one is checked, never chmod'ed), the text goes to a new temp file with a random
 * name opened exclusively (it cannot be a planted link) with mode 0600, which is then renamed
 * over `path` (a rename replaces a link at `path`, it never writes through it). The temp file is
 * removed on any failure.
 */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  if ((await checkPrivateDir(dir)) === 'missing') {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await checkPrivateDir(dir);
  }
  const temp = join(dir, `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.chmod(0o600); // ours: exactly 0600 whatever the umask
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
    await rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw error;
  }
}
