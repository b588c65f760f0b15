// The emulator guide's sample, verbatim between the markers in docs/en and docs/es:
// test/guides-show-samples.test.ts checks both guides show exactly this code, and
// test/samples-run.test.ts runs it against the emulator.
import { startEmulator } from '@blizwork/emulator';
import { BlizWork } from '@blizwork/sdk';

/** Your code under test: files a customer in the `Clientes` master data table. */
export async function fileCustomer(bw: BlizWork, nombre: string, ciudad: string): Promise<void> {
  await bw.masterData('Clientes').upsert({ nombre }, { ciudad });
}

/** The guide's test body: starts an emulator, runs the code under test, checks its state. */
export async function emulatorSample(): Promise<string[]> {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  // docs:start
  const emulator = await startEmulator({ port: 0 }); // a free port on 127.0.0.1, default seed
  try {
    const bw = new BlizWork(emulator.clientOptions); // its own token, user and company
    await fileCustomer(bw, 'Initech', 'Austin');

    const row = emulator.readTable('Clientes')?.find((r) => r.nombre === 'Initech');
    log(row?.ciudad); // Austin
    emulator.failNextRequest(); // the next call fails as the server would: HTTP 500, code 101
    await bw
      .process('sales-process')
      .startCase()
      .catch((e: Error) => log(e.name)); // UnexpectedServerError
  } finally {
    await emulator.close(); // every test stops what it started
  }
  // docs:end
  return lines;
}
