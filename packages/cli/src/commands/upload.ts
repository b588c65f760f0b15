// `blizwork upload <file>`: uploads a file for an attachment field.
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { action, withExample } from '../command-context.js';
import { connect } from '../client.js';
import { CliError } from '../errors.js';

/** Registers `upload`. */
export function registerUpload(program: Command): void {
  const command = program
    .command('upload <file>')
    .description('upload a file; prints { fileName, fileUrl } for an attachment field')
    .option('--name <fileName>', "the stored file name (default: the file's own)")
    .action(
      action<{ name?: string }>(async ({ args, options, output }) => {
        const path = String(args[0]);
        let content: Buffer;
        try {
          content = await readFile(path);
        } catch (error) {
          throw new CliError(
            `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
            { hint: 'Check the path.', exitCode: 2 },
          );
        }
        const { bw } = await connect(options);
        const stored = await bw.uploadFile({ fileName: options.name ?? basename(path), content });
        output.result(stored, () => `${stored.fileName}\n${stored.fileUrl}`);
      }),
    );
  withExample(command, 'blizwork upload quote.pdf --json');
}
