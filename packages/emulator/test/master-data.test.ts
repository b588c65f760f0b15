import { describe, expect, it } from 'vitest';
import { ResultCodes } from '../src/index.js';
import { withDeepValue } from './helpers/deep-json.js';
import { acme, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();
const acmeRecord = { Código: 'P-001', nombre: 'ACME', ciudad: 'Santiago' };
const globexRecord = { Código: 'P-002', nombre: 'Globex', ciudad: 'Lima' };
const base = { userId: acme.ana, table: 'Clientes' };

describe('queryMasterData', () => {
  it('returns every record when the filter is empty', async () => {
    const reply = await fixture.api.call('queryMasterData', { ...base, filter: {} });
    expect(reply.body.payload).toEqual([acmeRecord, globexRecord]);
  });

  it.each([
    [{ Código: 'P-002' }, [globexRecord]],
    [{ ciudad: 'Santiago', nombre: 'ACME' }, [acmeRecord]],
    [{ ciudad: 'Lima', nombre: 'ACME' }, []],
    [{ missing: 'x' }, []],
  ])(
    'returns the records equal on every column when the filter is %j',
    async (filter, expected) => {
      const reply = await fixture.api.call('queryMasterData', { ...base, filter });
      expect(reply.body.payload).toEqual(expected);
    },
  );

  it('refuses with code 313 when the table does not exist', async () => {
    const reply = await fixture.api.call('queryMasterData', {
      ...base,
      table: 'Proveedores',
      filter: {},
    });
    expect(reply.body.resultCode).toBe(ResultCodes.tableNotFound);
  });

  it('refuses with code 300 when userId is not an authorized user', async () => {
    const reply = await fixture.api.call('queryMasterData', {
      ...base,
      userId: 'x@evil.test',
      filter: {},
    });
    expect(reply.body.resultCode).toBe(ResultCodes.userNotAuthorized);
  });
});

describe('upsertMasterData', () => {
  it('updates every matching record and counts them when the filter matches', async () => {
    const reply = await fixture.api.call('upsertMasterData', {
      ...base,
      filter: { Código: 'P-001' },
      update: { ciudad: 'Valparaíso' },
    });
    expect(reply.body.payload).toEqual({ inserted: 0, updated: 1 });
    expect(fixture.emulator.readTable('Clientes')).toEqual([
      { ...acmeRecord, ciudad: 'Valparaíso' },
      globexRecord,
    ]);
  });

  it('inserts filter and update merged when nothing matches', async () => {
    const reply = await fixture.api.call('upsertMasterData', {
      ...base,
      filter: { Código: 'P-003' },
      update: { nombre: 'Initech', ciudad: 'Quito' },
    });
    expect(reply.body.payload).toEqual({ inserted: 1, updated: 0 });
    expect(fixture.emulator.readTable('Clientes')?.[2]).toEqual({
      Código: 'P-003',
      nombre: 'Initech',
      ciudad: 'Quito',
    });
  });

  it('updates all records when the filter is empty and the table has records', async () => {
    const reply = await fixture.api.call('upsertMasterData', {
      ...base,
      filter: {},
      update: { activo: true },
    });
    expect(reply.body.payload).toEqual({ inserted: 0, updated: 2 });
  });

  it('creates the table when it does not exist', async () => {
    const reply = await fixture.api.call('upsertMasterData', {
      ...base,
      table: 'Proveedores',
      filter: { id: 1 },
      update: { nombre: 'Acme Supplies' },
    });
    expect(reply.body.payload).toEqual({ inserted: 1, updated: 0 });
    expect(fixture.emulator.readTable('Proveedores')).toEqual([{ id: 1, nombre: 'Acme Supplies' }]);
  });
});

describe('deleteMasterData', () => {
  it('deletes the matching records and counts them when the filter matches', async () => {
    const reply = await fixture.api.call('deleteMasterData', {
      ...base,
      filter: { ciudad: 'Lima' },
    });
    expect(reply.body.payload).toEqual({ deleted: 1 });
    expect(fixture.emulator.readTable('Clientes')).toEqual([acmeRecord]);
  });

  it('deletes nothing and answers 0 when nothing matches', async () => {
    const reply = await fixture.api.call('deleteMasterData', {
      ...base,
      filter: { ciudad: 'Bogotá' },
    });
    expect(reply.body.payload).toEqual({ deleted: 0 });
    expect(fixture.emulator.readTable('Clientes')).toHaveLength(2);
  });

  it('refuses with code 330 and keeps every record when the filter is empty', async () => {
    const reply = await fixture.api.call('deleteMasterData', { ...base, filter: {} });
    expect(reply.body.resultCode).toBe(ResultCodes.emptyFilterRefused);
    expect(fixture.emulator.readTable('Clientes')).toHaveLength(2);
  });

  it('refuses with code 313 when the table does not exist', async () => {
    const reply = await fixture.api.call('deleteMasterData', {
      ...base,
      table: 'Nope',
      filter: { a: 1 },
    });
    expect(reply.body.resultCode).toBe(ResultCodes.tableNotFound);
  });
});

describe('master data isolation', () => {
  it('keeps readTable copies apart from the stored records', () => {
    const copy = fixture.emulator.readTable('Clientes');
    copy?.pop();
    expect(fixture.emulator.readTable('Clientes')).toHaveLength(2);
  });
});

describe('over-deep values', () => {
  it('refuses an upsert holding a value nested 20,000 levels deep (code 100), and the table stays readable', async () => {
    const body = withDeepValue(
      { ...base, filter: { Código: 'P-009' }, update: { nested: '<deep>' } },
      20_000,
    );
    const reply = await fixture.api.send('upsertMasterData', body);
    expect(reply.body).toEqual({
      resultCode: ResultCodes.malformedRequest,
      resultMessage: 'body nests arrays/objects more than 64 levels deep',
    });
    const query = await fixture.api.call('queryMasterData', { ...base, filter: {} });
    expect(query.status).toBe(200);
    expect(query.body.payload).toEqual([acmeRecord, globexRecord]);
  });

  it('accepts a value nested up to the limit', async () => {
    // The body is level 1, update level 2, so the value may nest 62 more levels.
    const body = withDeepValue(
      { ...base, filter: { Código: 'P-009' }, update: { nested: '<deep>' } },
      62,
    );
    const reply = await fixture.api.send('upsertMasterData', body);
    expect(reply.body.resultCode).toBe(0);
    const query = await fixture.api.call('queryMasterData', {
      ...base,
      filter: { Código: 'P-009' },
    });
    expect(query.body.payload).toHaveLength(1);
    const tooDeep = withDeepValue(
      { ...base, filter: { Código: 'P-009' }, update: { nested: '<deep>' } },
      63,
    );
    expect((await fixture.api.send('upsertMasterData', tooDeep)).body.resultCode).toBe(
      ResultCodes.malformedRequest,
    );
  });
});
