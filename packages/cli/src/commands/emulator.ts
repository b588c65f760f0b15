// `blizwork emulator`: runs the emulator's own CLI (`blizwork-emulator`) with the same arguments.
import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { withExample } from '../command-context.js';

/** The emulator CLI's script, from the installed @blizwork/emulator package. */
function emulatorCli(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@blizwork/emulator/package.json');
  const manifest = require(manifestPath) as { bin: Record<string, string> };
  return join(dirname(manifestPath), manifest.bin['blizwork-emulator']!);
}

/** Options of `emulator`, passed on to the emulator's CLI. */
interface EmulatorOptions {
  port: string;
  host: string;
  seed?: string;
  cors?: boolean;
  corsOrigin?: string[];
}

/** The emulator CLI's arguments for `options` (it checks them: e.g. --cors with --cors-origin). */
function emulatorArgs(options: EmulatorOptions): string[] {
  return [
    '--port',
    options.port,
    '--host',
    options.host,
    ...(options.seed ? ['--seed', options.seed] : []),
    ...(options.cors ? ['--cors'] : []),
    ...(options.corsOrigin ?? []).flatMap((origin) => ['--cors-origin', origin]),
  ];
}

/** Registers `emulator`. */
export function registerEmulator(program: Command): void {
  const command = program
    .command('emulator')
    .description('start a local BlizWork emulator (the blizwork-emulator command)')
    .option('-p, --port <n>', 'TCP port; 0 picks a free one', '3005')
    .option('-H, --host <addr>', 'interface to bind', '127.0.0.1')
    .option('-s, --seed <file>', 'JSON seed file (default: the built-in sample)')
    .option(
      '--cors',
      'let browser pages on any origin call the API (for a web app in development; never the dashboard). Off by default',
    )
    .option(
      '--cors-origin <origin>',
      'let only this origin call it (e.g. http://localhost:5173); repeat for more',
      (origin: string, origins: string[] = []) => [...origins, origin],
    )
    .action(async (options: EmulatorOptions) => {
      const child = spawn(process.execPath, [emulatorCli(), ...emulatorArgs(options)], {
        stdio: 'inherit',
      });
      // Ctrl-C reaches the child through the terminal; a TERM sent to this process is passed on.
      const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
      process.on('SIGTERM', forward('SIGTERM'));
      process.on('SIGINT', () => undefined);
      const code = await new Promise<number>((resolve) =>
        child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))),
      );
      process.exitCode = code;
    });
  withExample(
    command,
    'blizwork emulator --port 3005',
    'blizwork emulator --port 3005 --cors-origin http://localhost:5173',
    'blizwork login --base-url http://127.0.0.1:3005',
  );
}
