// The fields each exec wrote are part of the state (exported, saved, shown by the dashboard's
// timeline), so they are recorded whether or not the dashboard or persistence is on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorSnapshot } from '../src/index.js';
import { acme, leadExecBody, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator(); // no dashboard, no dataDir
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const exported = async (): Promise<EmulatorSnapshot> => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-field-changes-'));
  dirs.push(dir);
  const file = join(dir, 'state.json');
  await fixture.emulator.exportState(file);
  return JSON.parse(readFileSync(file, 'utf8')) as EmulatorSnapshot;
};

describe('field changes without the dashboard', () => {
  it('records the fields an exec wrote against the step it appended', async () => {
    await fixture.api.call('executeActivity', leadExecBody({ formData: { amount: 7, score: 2 } }));
    expect((await exported()).fieldChanges).toEqual([
      {
        companyId: acme.companyId,
        processId: acme.process,
        environment: 'production',
        caseNumber: 1,
        step: 1,
        fields: ['amount', 'score'],
      },
    ]);
  });

  it('records nothing for a refused exec', async () => {
    await fixture.api.call('executeActivity', leadExecBody({ caseNumber: 3 }));
    expect((await exported()).fieldChanges).toEqual([]);
  });

  it('is the same with the dashboard on', async () => {
    const emulator = await startEmulator({ dashboard: true, log: () => undefined });
    try {
      const reply = await emulator.fetch(`${emulator.url}/exec/${emulator.token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(leadExecBody({ formData: { amount: 7, score: 2 } })),
      });
      expect((await reply.json()).resultCode).toBe(0);
      const dir = mkdtempSync(join(tmpdir(), 'emulator-field-changes-'));
      dirs.push(dir);
      await emulator.exportState(join(dir, 'state.json'));
      const snapshot = JSON.parse(
        readFileSync(join(dir, 'state.json'), 'utf8'),
      ) as EmulatorSnapshot;
      expect(snapshot.fieldChanges).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  });
});
