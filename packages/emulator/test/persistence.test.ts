import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PersistenceError, SNAPSHOT_VERSION, startEmulator, type Emulator } from '../src/index.js';
import { ApiClient } from './helpers/api-client.js';
import { acme, startedPerTest } from './helpers/use-emulator.js';

const start = startedPerTest();

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'emulator-data-'));
const stateFile = (dir: string): string => join(dir, 'emulator-state.json');

/** Changes every part of the state through the API. */
async function changeEverything(emulator: Emulator): Promise<{ fileUrl: string }> {
  const api = new ApiClient(emulator.url, emulator.token);
  const base = { companyId: acme.companyId, userId: acme.ana, workflowId: acme.process };
  await api.call('startCase', base);
  await api.call('executeActivity', {
    ...base,
    caseNumber: 4,
    formId: 'lead',
    nextFormId: 'qualification',
    formData: { customer_name: 'Initech' },
  });
  await api.call('upsertMasterData', {
    userId: acme.ana,
    table: 'Clientes',
    filter: { Código: 'P-003' },
    update: { nombre: 'Initech' },
  });
  await api.call('sendNotification', { template: 'welcome', params: { to: 'x@y.test' } });
  const upload = await api.call('uploadAttachment', {
    userId: acme.ana,
    filename: 'quote.txt',
    file: Buffer.from('forty-two').toString('base64'),
  });
  return upload.body.payload as { fileUrl: string };
}

describe('persistence with dataDir', () => {
  it('saves on close and loads everything back at the next start', async () => {
    const dataDir = freshDir();
    const first = await start({ dataDir });
    const { fileUrl } = await changeEverything(first);
    await first.close();
    const second = await start({ dataDir });
    expect(second.readCase({ processId: acme.process, caseNumber: 4 })).toMatchObject({
      currentFormId: 'qualification',
      fields: { customer_name: 'Initech' },
    });
    expect(second.readTable('Clientes')).toContainEqual({ Código: 'P-003', nombre: 'Initech' });
    expect(second.notifications).toEqual([expect.objectContaining({ template: 'welcome' })]);
    const file = await fetch(fileUrl.replace(first.url, second.url));
    expect(await file.text()).toBe('forty-two');
    const api = new ApiClient(second.url, second.token);
    const next = await api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: acme.process,
    });
    expect(next.body.caseNumber).toBe(5); // numbering continues after the saved cases
  });

  it('writes a versioned file that holds no API token', async () => {
    const dataDir = freshDir();
    const emulator = await start({ dataDir });
    await changeEverything(emulator);
    await emulator.close();
    const text = readFileSync(stateFile(dataDir), 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'blizwork-emulator-state',
      version: SNAPSHOT_VERSION,
    });
    expect(text).not.toContain(acme.token);
  });

  it.each([
    ['is not JSON', '{"format": "blizwork-emulator-state", "vers', /is not valid JSON/],
    [
      'comes from a newer emulator',
      JSON.stringify({ format: 'blizwork-emulator-state', version: SNAPSHOT_VERSION + 1 }),
      /newer emulator \(format version 2; this one reads up to 1\)/,
    ],
    ['is another kind of file', JSON.stringify({ hello: 'world' }), /not an emulator state file/],
    [
      'has a case of a process the seed lacks',
      JSON.stringify({
        format: 'blizwork-emulator-state',
        version: 1,
        savedAt: '2026-01-01T00:00:00.000Z',
        cases: [
          {
            companyId: acme.companyId,
            environment: 'production',
            processSlug: 'gone',
            processVersion: 1,
            caseNumber: 1,
            createAudit: { user: acme.ana, date: '2026-01-01T00:00:00.000Z' },
            fields: {},
            fieldValues: [],
            history: [{ nextActivity: { formId: 'a' }, updatedBy: acme.ana, updatedOn: 'x' }],
            closed: false,
          },
        ],
        masterData: [],
        notifications: [],
        extensionCalls: [],
        attachments: [],
        handshakes: [],
        fieldChanges: [],
      }),
      /cases\[0\]: no production process 'gone'/,
    ],
  ])('refuses a state file that %s and leaves it untouched', async (_name, content, message) => {
    const dataDir = freshDir();
    writeFileSync(stateFile(dataDir), content);
    const started = startEmulator({ dataDir });
    await expect(started).rejects.toThrow(PersistenceError);
    await expect(started).rejects.toThrow(message);
    expect(readFileSync(stateFile(dataDir), 'utf8')).toBe(content);
  });

  it('exports the state to a file that importFile starts from (saving it into dataDir)', async () => {
    const source = await start({});
    await changeEverything(source);
    const exported = join(freshDir(), 'export.json');
    await source.exportState(exported);
    const dataDir = freshDir();
    const imported = await start({ importFile: exported, dataDir });
    expect(imported.readCase({ processId: acme.process, caseNumber: 4 })?.fields).toEqual({
      customer_name: 'Initech',
    });
    await imported.close();
    const reloaded = await start({ dataDir });
    expect(reloaded.readCase({ processId: acme.process, caseNumber: 4 })).toBeDefined();
  });

  it('refuses an importFile that does not exist', async () => {
    const missing = join(freshDir(), 'missing.json');
    await expect(startEmulator({ importFile: missing })).rejects.toThrow(
      /missing\.json: does not exist: nothing to import/,
    );
  });

  it('reset() restores the seed and saves it', async () => {
    const dataDir = freshDir();
    const emulator = await start({ dataDir });
    await changeEverything(emulator);
    emulator.reset();
    await emulator.close();
    const reloaded = await start({ dataDir });
    expect(reloaded.readCase({ processId: acme.process, caseNumber: 4 })).toBeUndefined();
  });

  it('refuses a malformed dataDir option with a TypeError', async () => {
    await expect(startEmulator({ dataDir: '' })).rejects.toThrow(TypeError);
  });
});
