// `blizwork upload <file>`: uploads a file for an attachment field.
import type { Command } from 'commander';
import { basename } from 'node:path';
import { connect } from '../../client.js';
import { runAction, withExample } from '../../command-context.js';
import type { CliContext } from '../../context.js';
import { ExitCode, UsageError } from '../../errors.js';
import type { GlobalOptions } from '../../global-options.js';
import { Output } from '../../output/output.js';
import { readRegularFile } from '../../read-regular-file.js';

/**
 * The default `--max-bytes`: 20 MiB. The API documents no limit; the file travels base64 in a
 * JSON body (a third larger) and the CLI holds it in memory a few times over while encoding, so
 * the default keeps a mistaken path (a disk image, a log) from exhausting memory.
 */
export const DEFAULT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** What `upload` is given. */
export interface UploadOptions extends GlobalOptions {
  /** The file to upload. */
  path: string;
  /** The stored file name (default: the file's own). */
  name?: string;
  /** Refuse a larger file before reading it. @default DEFAULT_UPLOAD_MAX_BYTES */
  maxBytes?: number;
}

function parseMaxBytes(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(
      `--max-bytes must be a positive number of bytes (got "${text}")`,
      'e.g. --max-bytes 52428800 for 50 MiB',
    );
  return n;
}

/** Uploads the file and prints `{ fileName, fileUrl }` for an attachment field. */
export async function run(options: UploadOptions, context: CliContext): Promise<number> {
  const output = new Output(options.json === true, context);
  // Only a regular file, checked on the opened file, and its size before reading it.
  const content = await readRegularFile(options.path, options.maxBytes ?? DEFAULT_UPLOAD_MAX_BYTES);
  const { bw } = await connect(options, context);
  const stored = await bw.uploadFile({
    fileName: options.name ?? basename(options.path),
    content,
  });
  output.result(stored, () => `${stored.fileName}\n${stored.fileUrl}`);
  return ExitCode.Ok;
}

/** Registers `upload`. */
export function registerUpload(program: Command): void {
  const command = program
    .command('upload <file>')
    .description('upload a file; prints { fileName, fileUrl } for an attachment field')
    .option('--name <fileName>', "the stored file name (default: the file's own)")
    .option(
      '--max-bytes <n>',
      `refuse a larger file before reading it (default ${DEFAULT_UPLOAD_MAX_BYTES}, 20 MiB)`,
    )
    .action(
      runAction<{ name?: string; maxBytes?: string }>((args, options, context) =>
        run(
          {
            ...options,
            path: String(args[0]),
            maxBytes: options.maxBytes === undefined ? undefined : parseMaxBytes(options.maxBytes),
          },
          context,
        ),
      ),
    );
  withExample(
    command,
    'blizwork upload quote.pdf --json',
    'blizwork upload scan.pdf --max-bytes 52428800',
  );
}
