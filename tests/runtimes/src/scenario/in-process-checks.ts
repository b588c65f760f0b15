import { BlizWork, InvalidTokenError } from '@blizwork/sdk';
import { createEmulator } from '@blizwork/emulator/core';
import { assert, assertEqual, type Checks, rejectionOf } from './checks.js';

/**
 * The SDK against an emulator inside this runtime (`@blizwork/emulator/core`): no server, no
 * port; every call goes through `emulator.fetch`. Proves the core bundles and runs off Node.
 */
export async function inProcessEmulatorChecks(checks: Checks, runtime: string): Promise<void> {
  await checks.run(
    'in-process emulator: cases, master data and files via emulator.fetch',
    async () => {
      const emulator = createEmulator();
      const bw = new BlizWork({ ...emulator.clientOptions, fetch: emulator.fetch });
      const sales = bw.process('sales-process');
      const number = await sales.startCase();
      assertEqual(number, 4, 'first case number');
      const lead = await sales.getCase(number);
      const next = await lead.exec('qualification', { customer_name: runtime, amount: 3 });
      assertEqual(next.pendingFormId, 'qualification', 'case after exec');
      assertEqual(
        emulator.readCase({ processId: 'sales-process', caseNumber: number })?.fields.customer_name,
        runtime,
        'stored field',
      );
      const table = bw.masterData('Clientes');
      await table.upsert({ nombre: `in-process-${runtime}` }, { ciudad: runtime });
      const found = await table.records({ nombre: `in-process-${runtime}` });
      assertEqual(
        found.map((record) => record.ciudad),
        [runtime],
        'records',
      );
      const stored = await bw.uploadFile({ fileName: 'core.txt', content: 'in process' });
      const download = await emulator.fetch(stored.fileUrl);
      assertEqual(await download.text(), 'in process', 'downloaded content');
      const stranger = new BlizWork({
        ...emulator.clientOptions,
        token: 'nope',
        fetch: emulator.fetch,
      });
      const error = await rejectionOf(stranger.process('sales-process').getCase(1));
      assert(
        error instanceof InvalidTokenError,
        `expected InvalidTokenError, got ${String(error)}`,
      );
    },
  );
}
