import { describe, expect, it } from 'vitest';
import { adminHttp } from './helpers/admin-http.js';
import { ApiClient } from './helpers/api-client.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator({ dashboard: true });
const clientes = (): Record<string, unknown>[] => fixture.emulator.readTable('Clientes') ?? [];
const post = (path: string, json: unknown, headers: Record<string, string> = {}) =>
  adminHttp(fixture.emulator.url, {
    method: 'POST',
    path: `/_emulator/api/${path}`,
    json,
    headers,
  });
const newRecord = { Código: 'P-009', nombre: 'Initech' };

describe('admin API: adding and deleting master-data records', () => {
  it('adds a record as it is, even one that equals an existing record', async () => {
    const before = clientes();
    const first = before[0] ?? {};
    const added = await post('master-data/records', {
      companyId: acme.companyId,
      table: 'Clientes',
      record: newRecord,
    });
    expect(added).toMatchObject({ status: 200, body: { index: before.length, record: newRecord } });
    // An upsert would update the existing record instead of adding its twin.
    await post('master-data/records', {
      companyId: acme.companyId,
      table: 'Clientes',
      record: first,
    });
    expect(clientes()).toEqual([...before, newRecord, first]);
  });

  it('shows the change to the next API read (no cached reply outlives it)', async () => {
    const api = new ApiClient(fixture.emulator.url, fixture.emulator.token);
    const query = async () =>
      (await api.call('queryMasterData', { userId: acme.ana, table: 'Clientes', filter: {} })).body
        .payload;
    const before = await query();
    await post('master-data/records', {
      companyId: acme.companyId,
      table: 'Clientes',
      record: newRecord,
    });
    expect(await query()).toEqual([...(before as unknown[]), newRecord]);
    await post('master-data/records/delete', {
      companyId: acme.companyId,
      table: 'Clientes',
      index: 0,
      record: (before as unknown[])[0],
    });
    expect(await query()).toEqual([...(before as unknown[]).slice(1), newRecord]);
  });

  it('creates the table when it does not exist yet', async () => {
    await post('master-data/records', {
      companyId: acme.companyId,
      table: 'Nueva',
      record: { a: 1 },
    });
    expect(fixture.emulator.readTable('Nueva')).toEqual([{ a: 1 }]);
  });

  it('deletes exactly the record read at that index, not others holding the same values', async () => {
    const [first, second] = clientes();
    // Its values are a subset of a new record's: deleting with a filter would remove both.
    await post('master-data/records', {
      companyId: acme.companyId,
      table: 'Clientes',
      record: { ...first, extra: true },
    });
    const deleted = await post('master-data/records/delete', {
      companyId: acme.companyId,
      table: 'Clientes',
      index: 0,
      record: first,
    });
    expect(deleted).toMatchObject({ status: 200, body: { deleted: 1 } });
    expect(clientes()[0]).toEqual(second);
    expect(clientes()).toContainEqual({ ...first, extra: true });
  });

  it('answers 409 and deletes nothing when the record at that index changed since it was read', async () => {
    const before = clientes();
    const reply = await post('master-data/records/delete', {
      companyId: acme.companyId,
      table: 'Clientes',
      index: 0,
      record: { Código: 'not-what-is-there' },
    });
    expect(reply.status).toBe(409);
    expect(reply.body).toEqual({
      error: "record 0 of 'Clientes' changed since it was read: reload the table and try again",
    });
    expect(clientes()).toEqual(before);
  });

  it.each([
    ['master-data/records', { companyId: acme.companyId, table: '', record: { a: 1 } }, 400],
    ['master-data/records', { companyId: acme.companyId, table: 'Clientes', record: {} }, 400],
    ['master-data/records', { companyId: acme.companyId, table: 'Clientes', record: [1] }, 400],
    ['master-data/records', { companyId: 'nobody', table: 'Clientes', record: { a: 1 } }, 404],
    [
      'master-data/records/delete',
      { companyId: acme.companyId, table: 'Clientes', index: -1, record: {} },
      400,
    ],
    ['master-data/records/delete', { companyId: acme.companyId, table: 'Clientes', index: 0 }, 400],
    [
      'master-data/records/delete',
      { companyId: acme.companyId, table: 'Nope', index: 0, record: {} },
      404,
    ],
  ])('%s refuses %j with HTTP %i and changes nothing', async (path, body, status) => {
    const before = clientes();
    const reply = await post(path, body);
    expect(reply.status).toBe(status);
    expect(reply.body).toEqual({ error: expect.any(String) });
    expect(clientes()).toEqual(before);
  });

  it.each([
    ['a foreign Origin', { origin: 'http://evil.test' }, 403],
    ['a cross-site Sec-Fetch-Site', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a form-encoded body (no preflight)', { 'content-type': 'text/plain' }, 415],
  ])('refuses to add or delete with %s', async (_name, headers, status) => {
    const before = clientes();
    const add = { companyId: acme.companyId, table: 'Clientes', record: newRecord };
    const remove = { companyId: acme.companyId, table: 'Clientes', index: 0, record: before[0] };
    expect((await post('master-data/records', add, headers)).status).toBe(status);
    expect((await post('master-data/records/delete', remove, headers)).status).toBe(status);
    expect(clientes()).toEqual(before);
  });
});
