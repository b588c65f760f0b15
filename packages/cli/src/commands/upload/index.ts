// `blizwork upload <file>`: uploads a file for an attachment field.
import type { Command } from 'commander';
import { basename } from 'node:path';
import { action, withExample } from '../../command-context.js';
import { connect } from '../../client.js';
import { processContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { readRegularFile } from '../../read-regular-file.js';

/**
 * The default `--max-bytes`: 20 MiB. The API documents no limit; the file travels base64 in a
 * JSON body (a third larger) and the CLI holds it in memory a few times over while encoding, so
 * the default keeps a mistaken path (a disk image, a log) from exhausting memory.
 */
export const DEFAULT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

function parseMaxBytes(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(
      `--max-bytes must be a positive number of bytes (got "${text}")`,
      'e.g. --max-bytes 52428800 for 50 MiB',
    );
  return n;
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
      action<{ name?: string; maxBytes?: string }>(async ({ args, options, output }) => {
        const path = String(args[0]);
        const maxBytes =
          options.maxBytes === undefined
            ? DEFAULT_UPLOAD_MAX_BYTES
            : parseMaxBytes(options.maxBytes);
        // Only a regular file, checked on the opened file, and its size before reading it.
        const content = await readRegularFile(path, maxBytes);
        const { bw } = await connect(options, processContext());
        const stored = await bw.uploadFile({ fileName: options.name ?? basename(path), content });
        output.result(stored, () => `${stored.fileName}\n${stored.fileUrl}`);
      }),
    );
  withExample(
    command,
    'blizwork upload quote.pdf --json',
    'blizwork upload scan.pdf --max-bytes 52428800',
  );
}
