#!/usr/bin/env node
// The `blizwork-emulator` command: starts the emulator (with its dashboard), prints its URLs and
// credentials, and stops cleanly (exit code 0, state saved with --data) on Ctrl-C or SIGTERM.
import { banner } from './cli/banner.js';
import { parseCliArgs, usage } from './cli/cli-args.js';
import { portInUse } from './cli/port-in-use.js';
import { startEmulator } from './index.js';

async function main(args: readonly string[]): Promise<number> {
  let request;
  try {
    request = parseCliArgs(args);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (request.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  // Listen for the stop signals before anything can see the banner and send one.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  let emulator;
  try {
    emulator = await startEmulator({
      port: request.port,
      host: request.host,
      seed: request.seed,
      maxAttachmentBytes: request.maxAttachmentBytes,
      dashboard: request.dashboard,
      dataDir: request.dataDir,
      importFile: request.importFile,
      cors: request.cors,
      assumptions: request.assumptions,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    process.stderr.write(`${portInUse(request.host, request.port)}\n`);
    return 1;
  }
  process.stdout.write(`${banner(emulator, request.dataDir, request.assumptions)}\n`);
  await stopRequested;
  await emulator.close(); // with --data, resolves once the state is saved
  if (request.exportOnExit !== undefined) await emulator.exportState(request.exportOnExit);
  process.stdout.write('BlizWork emulator stopped.\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `blizwork-emulator: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
