import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ResultCodes, startEmulator, type EmulatorOptions } from '../src/index.js';
import { ApiClient } from './helpers/api-client.js';
import { startExtensionServer } from './helpers/extension-server.js';
import { acme, useEmulator, leadExecBody } from './helpers/use-emulator.js';

const fixture = useEmulator();

describe('startEmulator', () => {
  it('listens on 127.0.0.1 at a free port when no port is given, and gives a URL without trailing slash', () => {
    expect(fixture.emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fixture.emulator.port).toBeGreaterThan(0);
    expect(fixture.emulator.url).toBe(`http://127.0.0.1:${fixture.emulator.port}`);
  });

  it.each<[EmulatorOptions, RegExp]>([
    [{ port: -1 }, /port must be an integer from 0 to 65535/],
    [{ port: 70000 }, /port/],
    [{ port: 1.5 }, /port/],
    [{ maxBodyBytes: 0 }, /maxBodyBytes must be a positive integer/],
    [{ transactionsPerSecond: -1 }, /transactionsPerSecond must be a number >= 0/],
    [{ extensionTimeoutMs: 0 }, /extensionTimeoutMs/],
    [{ host: '' }, /host must be a non-empty string/],
    [{ maxAttachmentBytes: -1 }, /maxAttachmentBytes must be an integer >= 0/],
    [{ maxAttachmentBytes: 1.5 }, /maxAttachmentBytes/],
  ])('rejects %j with a TypeError', async (options, message) => {
    await expect(startEmulator(options)).rejects.toThrow(TypeError);
    await expect(startEmulator(options)).rejects.toThrow(message);
  });

  it('rejects when the port is already in use', async () => {
    await expect(startEmulator({ port: fixture.emulator.port })).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('Emulator', () => {
  it('never shows its token in util.inspect, JSON.stringify or its own keys', () => {
    const { emulator } = fixture;
    expect(inspect(emulator, { showHidden: true, depth: 5 })).not.toContain(emulator.token);
    expect(JSON.stringify(emulator)).not.toContain(emulator.token);
    expect(JSON.stringify({ ...emulator })).not.toContain(emulator.token);
    expect(inspect(emulator)).toContain("token: '***'");
    expect(emulator.token).toBe(acme.token);
  });

  it('hands out a copy from readCase that cannot change the stored case', () => {
    const copy = fixture.emulator.readCase({ processId: acme.process, caseNumber: 2 });
    if (copy === undefined) throw new Error('case #2 missing');
    copy.fields.amount = 1;
    copy.history.pop();
    const again = fixture.emulator.readCase({ processId: acme.process, caseNumber: 2 });
    expect(again?.fields.amount).toBe(5000);
    expect(again?.history).toHaveLength(2);
  });

  it('restores cases, master data and files when reset() is called after changes', async () => {
    const upload = await fixture.api.call('uploadAttachment', {
      userId: acme.ana,
      filename: 'a.txt',
      file: 'aGk=',
    });
    await fixture.api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: acme.process,
    });
    await fixture.api.call('deleteMasterData', {
      userId: acme.ana,
      table: 'Clientes',
      filter: { Código: 'P-001' },
    });
    fixture.emulator.reset();
    expect(fixture.emulator.readCase({ processId: acme.process, caseNumber: 4 })).toBeUndefined();
    expect(fixture.emulator.readTable('Clientes')).toHaveLength(2);
    expect((await fetch(upload.body.payload.fileUrl)).status).toBe(404);
    const next = await fixture.api.call('startCase', {
      companyId: acme.companyId,
      userId: acme.ana,
      workflowId: acme.process,
    });
    expect(next.body.caseNumber).toBe(4);
  });

  it('fails only the next request, of any operation, when failNextRequest() has no operation', async () => {
    fixture.emulator.failNextRequest();
    const body = { userId: acme.ana, processId: acme.process };
    const first = await fixture.api.call('listCases', body);
    const second = await fixture.api.call('listCases', body);
    expect([first.body.resultCode, second.body.resultCode]).toEqual([
      ResultCodes.unexpectedError,
      0,
    ]);
  });

  it('drops pending failures on reset()', async () => {
    fixture.emulator.failNextRequest('getCase');
    fixture.emulator.reset();
    const reply = await fixture.api.call('getCase', {
      userId: acme.ana,
      processId: acme.process,
      caseNumber: 1,
    });
    expect(reply.body.resultCode).toBe(0);
  });
});

describe('close()', () => {
  it('stops serving, and can be called twice', async () => {
    const emulator = await startEmulator();
    await emulator.close();
    await emulator.close();
    await expect(
      fetch(`${emulator.url}/exec/${emulator.token}`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
  });

  it('returns while an exec still waits for an extension that never answers', async () => {
    const emulator = await startEmulator();
    const server = await startExtensionServer(() => new Promise<number>(() => undefined));
    emulator.addExtension({ processId: acme.process, url: `${server.url}/stuck` });
    const pending = new ApiClient(emulator.url, emulator.token)
      .call('executeActivity', leadExecBody())
      .catch((error: unknown) => error);
    while (server.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await emulator.close();
    await server.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
