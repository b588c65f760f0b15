// The emulator guide's in-process sample, verbatim between the markers in docs/en and docs/es:
// test/guides-show-samples.test.ts checks both guides show exactly this code, and
// test/samples-run.test.ts runs it.
import { createEmulator } from '@blizwork/emulator/core';
import { BlizWork } from '@blizwork/sdk';

/** The guide's in-process sample: the SDK calls the emulator through `emulator.fetch`. */
export async function inProcessSample(): Promise<string[]> {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  // docs:start
  const emulator = createEmulator(); // in this process: no server, no port
  const bw = new BlizWork({ ...emulator.clientOptions, fetch: emulator.fetch });

  const number = await bw.process('sales-process').startCase();
  const stored = emulator.readCase({ processId: 'sales-process', caseNumber: number });
  log(number, stored?.currentFormId); // 4 lead
  // docs:end
  return lines;
}
