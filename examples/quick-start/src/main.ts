// `pnpm demo`: with no BLIZWORK_TOKEN it starts the emulator with its default seed on a free port
// and runs the whole quick start against it. With BLIZWORK_TOKEN (and BLIZWORK_USER_ID, ...) set it
// targets the real API instead, read-only unless `--write` is given.
import { startEmulator } from '@blizwork/emulator';
import { BlizWork } from '@blizwork/sdk';
import { runQuickStart } from './quick-start.js';

const print = (line: string) => console.log(line);

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const processId = process.env.BLIZWORK_PROCESS_ID ?? 'sales-process';
  const notifyTo = process.env.BLIZWORK_NOTIFY_TO ?? 'ana@acme.test';

  if (process.env.BLIZWORK_TOKEN) {
    const bw = BlizWork.fromEnv();
    print(
      `Using the real BlizWork API (${write ? 'read and write' : 'read-only; pass --write to change data'})`,
    );
    await runQuickStart(bw, { processId, write, print, notifyTo });
    return;
  }

  const emulator = await startEmulator({ port: 0 });
  print(`Started the BlizWork emulator at ${emulator.url}\n`);
  try {
    const bw = new BlizWork(emulator.clientOptions);
    await runQuickStart(bw, { processId, write: true, print, notifyTo });
    print(`\nThe emulator's outbox holds ${emulator.notifications.length} notification(s).`);
    for (const call of emulator.extensionCalls) {
      // The default seed registers an extension on qualification -> won at a URL where nothing
      // listens: the emulator records the failed call, and the exec still succeeds.
      print(
        `Extension call to ${call.url}: ${call.status === 0 ? 'failed to connect' : `HTTP ${call.status}`}`,
      );
    }
  } finally {
    await emulator.close();
    print('Stopped the emulator.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
