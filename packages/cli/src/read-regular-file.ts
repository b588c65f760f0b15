// Reads a whole file that must be a regular file no larger than a limit, checked on the opened
// file itself (fstat on its descriptor), so nothing can swap the path between the check and the
// read. A FIFO, a device (`/dev/zero`, a terminal), a socket or a directory is refused at once:
// reading one would wait forever or never end. The size is checked before a byte is read.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { CliError } from './errors.js';

/**
 * O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, before fstat could
 * say what it is. It changes nothing for a regular file. O_NOCTTY: a terminal never becomes the
 * controlling one. Both are 0 where the platform has no such flag (Windows).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What a path is, in words, when it is not a regular file. */
function kindOf(stats: Awaited<ReturnType<FileHandle['stat']>>): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads exactly `size` bytes, then checks that the file did not grow or shrink meanwhile. */
async function readExactly(handle: FileHandle, size: number, path: string): Promise<Buffer> {
  const content = Buffer.alloc(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(content, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  const { bytesRead: more } = await handle.read(Buffer.alloc(1), 0, 1, size);
  if (filled !== size || more !== 0)
    throw new CliError(`${path} changed while it was being read`, {
      hint: 'Upload it again once nothing is writing to it.',
    });
  return content;
}

/**
 * The content of the regular file at `path`, refused (CliError, exit 2) when it is anything else
 * or larger than `maxBytes`.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw new CliError(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      { hint: 'Check the path.', exitCode: 2 },
    );
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile())
      throw new CliError(`Not uploaded: ${path} is ${kindOf(stats)}, not a regular file`, {
        hint: 'upload sends a regular file; copy the data into a file first.',
        exitCode: 2,
      });
    if (stats.size > maxBytes)
      throw new CliError(
        `Not uploaded: ${path} has ${stats.size} bytes, over the limit of ${maxBytes}`,
        {
          hint: 'Raise the limit with --max-bytes <n> if the API takes files this large.',
          exitCode: 2,
        },
      );
    return await readExactly(handle, stats.size, path);
  } finally {
    await handle.close();
  }
}
