import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { ApiClient } from './helpers/api-client.js';
import { acme, quietExecBody, startedPerTest } from './helpers/use-emulator.js';

const start = startedPerTest();
const placeholders: Server[] = [];
afterEach(async () => {
  await Promise.all(
    placeholders.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

const freshDir = (): string => mkdtempSync(join(tmpdir(), 'emulator-urls-'));
const stateFile = (dir: string): string => join(dir, 'emulator-state.json');
const portOf = (emulator: Emulator): number => Number(new URL(emulator.url).port);

/**
 * Holds a stopped emulator's port so the next one gets another: if someone else took it meanwhile,
 * the next emulator cannot get it either.
 */
async function holdPort(port: number): Promise<void> {
  const server = createServer();
  await new Promise<void>((resolve) => {
    server.once('error', () => resolve());
    server.listen(port, '127.0.0.1', () => {
      placeholders.push(server);
      resolve();
    });
  });
}

/** Uploads a file and stores it in case #1's `attachment` field; returns the upload's URL. */
async function attachToCase(emulator: Emulator): Promise<string> {
  const api = new ApiClient(emulator.url, emulator.token);
  const upload = await api.call('uploadAttachment', {
    userId: acme.ana,
    filename: 'quote.txt',
    file: Buffer.from('forty-two').toString('base64'),
  });
  const file = upload.body.payload as { fileName: string; fileUrl: string };
  const exec = await api.call(
    'executeActivity',
    quietExecBody({
      caseNumber: 1,
      formId: 'lead',
      nextFormId: 'qualification',
      formData: { attachment: file },
    }),
  );
  expect(exec.body.resultCode).toBe(0);
  return file.fileUrl;
}

/** The case's file URLs as `getCase`, `listCases` and `readCase` show them. */
async function shownUrls(emulator: Emulator): Promise<string[]> {
  const api = new ApiClient(emulator.url, emulator.token);
  const read = await api.call('getCase', {
    userId: acme.ana,
    processId: acme.process,
    caseNumber: 1,
    include: 0,
  });
  const document = read.body.payload as {
    fields: { attachment: { fileUrl: string } };
    fieldValues: { slug: string; fileUrl?: string }[];
  };
  const list = await api.call('listCases', { userId: acme.ana, processId: acme.process });
  const summary = (
    list.body.payload as { caseNumber: number; fields: Record<string, unknown> }[]
  ).find((item) => item.caseNumber === 1)?.fields.attachment as { fileUrl: string };
  const snapshot = emulator.readCase({ processId: acme.process, caseNumber: 1 });
  return [
    document.fields.attachment.fileUrl,
    document.fieldValues.find((entry) => entry.slug === 'attachment')?.fileUrl ?? '',
    summary.fileUrl,
    (snapshot?.fields.attachment as { fileUrl: string }).fileUrl,
  ];
}

async function expectServedAtNewAddress(second: Emulator, oldUrl: string): Promise<void> {
  const expected = `${second.url}${new URL(oldUrl).pathname}`;
  expect(await shownUrls(second)).toEqual([expected, expected, expected, expected]);
  const response = await fetch(expected);
  expect(response.status).toBe(200);
  expect(await response.text()).toBe('forty-two');
}

describe('attachment URLs across a restart on another port (same dataDir)', () => {
  it("shows the case's file under the new address, where it downloads", async () => {
    const dataDir = freshDir();
    const first = await start({ dataDir, port: 0 });
    const oldUrl = await attachToCase(first);
    expect(oldUrl.startsWith(`${first.url}/attachments/`)).toBe(true);
    await first.close();
    await holdPort(portOf(first));
    const second = await start({ dataDir, port: 0 });
    expect(second.url).not.toBe(first.url);
    await expectServedAtNewAddress(second, oldUrl);
  });

  it('stores the path, not the address, in the state file', async () => {
    const dataDir = freshDir();
    const first = await start({ dataDir, port: 0 });
    await attachToCase(first);
    await first.close();
    const text = readFileSync(stateFile(dataDir), 'utf8');
    expect(text).not.toContain(first.url);
    expect(text).toMatch(/"fileUrl":\s*"\/attachments\/[0-9a-f]{32}\/quote\.txt"/);
  });

  it('loads a state file written with absolute URLs (older emulators) and shows the new address', async () => {
    const dataDir = freshDir();
    const first = await start({ dataDir, port: 0 });
    const oldUrl = await attachToCase(first);
    await first.close();
    // What an older emulator wrote: the absolute URL of its own file route, on its old port.
    const path = new URL(oldUrl).pathname;
    const text = readFileSync(stateFile(dataDir), 'utf8').replaceAll(
      `"${path}"`,
      `"http://127.0.0.1:1${path}"`,
    );
    expect(text).toContain('http://127.0.0.1:1/attachments/');
    writeFileSync(stateFile(dataDir), text);
    const second = await start({ dataDir, port: 0 });
    await expectServedAtNewAddress(second, oldUrl);
  });

  it('keeps a URL of another server as it was sent', async () => {
    const emulator = await start({ port: 0 });
    const api = new ApiClient(emulator.url, emulator.token);
    const elsewhere = `https://files.example.test/attachments/${'a'.repeat(32)}/x.pdf`;
    await api.call(
      'executeActivity',
      quietExecBody({
        caseNumber: 1,
        formId: 'lead',
        nextFormId: 'qualification',
        formData: { attachment: { fileName: 'x.pdf', fileUrl: elsewhere } },
      }),
    );
    const snapshot = emulator.readCase({ processId: acme.process, caseNumber: 1 });
    expect(snapshot?.fields.attachment).toEqual({ fileName: 'x.pdf', fileUrl: elsewhere });
  });
});
