// The bulk helpers against the real emulator: reports with partial failures, bounded pulling from
// streams, progress, stopOnError, abort, the per-item callback, option checks, and the case
// iterator.
import type { Emulator } from '@blizwork/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BlizWork,
  BlizWorkAbortError,
  BlizWorkApiError,
  UnexpectedServerError,
  type BulkItemOutcome,
  type BulkProgress,
  type Filter,
} from '../../src/index.node.js';
import { upsertMany, type RowWriter } from '../../src/resources/bulk/upsert-many.js';
import { rejectionOf } from '../helpers/clients.js';
import { useSdkEmulator } from '../helpers/sdk-emulator.js';

const fixture = useSdkEmulator();
let emulator: Emulator;
let bw: BlizWork;
beforeEach(() => {
  ({ emulator, bw } = fixture);
});

interface Producto {
  sku: string;
  nombre: string;
  precio?: number;
}
const productos = () => bw.masterData<Producto>('Productos');
const rowsOf = (n: number): Producto[] =>
  Array.from({ length: n }, (_, i) => ({ sku: `SKU-${i}`, nombre: `Producto ${i}`, precio: i }));

/** An async stream of rows that counts how many were pulled. */
function countingStream(rows: Producto[]): AsyncIterable<Producto> & { pulled: number } {
  const stream = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (const row of rows) {
        stream.pulled++;
        yield row;
      }
    },
  };
  return stream;
}

describe('MasterDataTable.upsertMany', () => {
  it('upserts every row and reports each failure with its index and typed error', async () => {
    const rows: Producto[] = rowsOf(6);
    rows[2] = { nombre: 'sin sku' } as Producto;
    emulator.failNextRequest('upsertMasterData');
    const report = await productos().upsertMany(rows, { key: 'sku', concurrency: 1 });
    expect(report.attempted).toBe(6);
    expect(report.succeeded).toBe(4);
    expect(report.stopped).toBe(false);
    expect(report.failed.map(({ index, error }) => [index, error.constructor])).toEqual([
      [0, UnexpectedServerError],
      [2, TypeError],
    ]);
    expect(report.failed[1]?.error.message).toBe(
      'BlizWork: row 2 has no value in key column "sku"',
    );
    expect(report.failed[1]?.item).toEqual({ nombre: 'sin sku' });
    const stored = emulator.readTable('Productos') ?? [];
    expect(stored.map((row) => row.sku).sort()).toEqual(['SKU-1', 'SKU-3', 'SKU-4', 'SKU-5']);
  });

  it('finds key columns named like Object.prototype members only on the row itself', async () => {
    const sent: Filter[] = [];
    const table: RowWriter<Record<string, unknown>> = {
      upsert: (filter) => {
        sent.push(filter);
        return Promise.resolve();
      },
      delete: () => Promise.resolve(),
    };
    // Rows parsed from JSON or CSV: `constructor` and `__proto__` are ordinary column names.
    const rows = [
      JSON.parse('{"sku":"A","__proto__":"P-1"}') as Record<string, unknown>,
      { sku: 'B' },
    ];
    const report = await upsertMany(table, rows, { key: ['sku', '__proto__'], concurrency: 1 });
    expect(sent).toHaveLength(1);
    expect(Object.getPrototypeOf(sent[0])).toBe(Object.prototype);
    expect(Object.entries(sent[0] ?? {})).toEqual([
      ['sku', 'A'],
      ['__proto__', 'P-1'],
    ]);
    expect(report.failed.map(({ index, error }) => [index, error.message])).toEqual([
      [1, 'BlizWork: row 1 has no value in key column "__proto__"'],
    ]);

    const missing = await upsertMany(table, [{ sku: 'C' }], { key: ['sku', 'constructor'] });
    expect(missing.failed[0]?.error.message).toBe(
      'BlizWork: row 0 has no value in key column "constructor"',
    );
  });

  it('updates the row that matches the key columns instead of adding one', async () => {
    await productos().upsertMany(rowsOf(3), { key: ['sku'] });
    const report = await productos().upsertMany([{ sku: 'SKU-1', nombre: 'nuevo' }], {
      key: ['sku', 'nombre'],
    });
    expect(report.succeeded).toBe(1);
    await productos().upsertMany([{ sku: 'SKU-2', nombre: 'cambiado' }], { key: 'sku' });
    const stored = emulator.readTable('Productos') ?? [];
    expect(stored.filter((row) => row.sku === 'SKU-2')).toEqual([
      expect.objectContaining({ nombre: 'cambiado', precio: 2 }),
    ]);
    expect(stored).toHaveLength(4); // SKU-0..2, plus (SKU-1, nuevo): the key pair was new
  });

  it('pulls rows from a stream only as calls finish, never more than concurrency ahead', async () => {
    const stream = countingStream(rowsOf(40));
    const ahead: number[] = [];
    const report = await productos().upsertMany(stream, {
      key: 'sku',
      concurrency: 3,
      onProgress: (progress) => ahead.push(stream.pulled - progress.done),
    });
    expect(report.succeeded).toBe(40);
    expect(Math.max(...ahead)).toBeLessThanOrEqual(3);
    expect(emulator.readTable('Productos')).toHaveLength(40);
  });

  it('reports progress with done, total, failed, rate and ETA', async () => {
    const progress: BulkProgress[] = [];
    const rows = rowsOf(5);
    rows[4] = { nombre: 'x' } as Producto;
    await productos().upsertMany(rows, { key: 'sku', onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ done: 5, succeeded: 4, failed: 1, total: 5, etaMs: 0 });
    expect(last.ratePerSecond).toBeGreaterThan(0);
    expect(progress[0]?.etaMs).toBeGreaterThan(0);
  });

  it('stops pulling rows after the first failure with stopOnError', async () => {
    const rows = rowsOf(20);
    rows[1] = { nombre: 'x' } as Producto;
    const stream = countingStream(rows);
    const report = await productos().upsertMany(stream, {
      key: 'sku',
      concurrency: 1,
      stopOnError: true,
    });
    expect(report).toMatchObject({ attempted: 2, succeeded: 1, stopped: true });
    expect(stream.pulled).toBe(2);
  });

  it('stops when the signal aborts, and says how far it got', async () => {
    const controller = new AbortController();
    const report = await productos().upsertMany(rowsOf(50), {
      key: 'sku',
      concurrency: 2,
      signal: controller.signal,
      onProgress: ({ done }) => done === 5 && controller.abort(new Error('enough')),
    });
    expect(report.stopped).toBe(true);
    expect(report.attempted).toBeLessThan(50);
    expect(report.failed.every(({ error }) => error instanceof BlizWorkAbortError)).toBe(true);
    // Nothing lost: every row that succeeded is stored, nothing past `attempted` was sent, and a
    // row aborted in flight is listed as failed (it may have landed: its outcome is unknown).
    const stored = (emulator.readTable('Productos') ?? []).map((row) => Number(row.precio));
    expect(stored.every((index) => index < report.attempted)).toBe(true);
    expect(stored.length).toBeGreaterThanOrEqual(report.succeeded);
    expect(stored.length).toBeLessThanOrEqual(report.succeeded + report.failed.length);
    expect(report.succeeded + report.failed.length).toBe(report.attempted);
  });

  it.each<[string, object, RegExp]>([
    ['no key', {}, /upsertMany needs \{ key \}/],
    ['an empty key list', { key: [] }, /upsertMany needs \{ key \}/],
    ['concurrency 0', { key: 'sku', concurrency: 0 }, /concurrency must be an integer from 1/],
    ['a fractional total', { key: 'sku', total: 1.5 }, /total must be an integer/],
  ])('rejects %s with a TypeError before sending anything', async (_label, options, message) => {
    const error = await rejectionOf(productos().upsertMany(rowsOf(2), options as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(message);
    expect(emulator.readTable('Productos')).toBeUndefined();
  });

  it('rejects rows that are not iterable with a TypeError', async () => {
    const error = await rejectionOf(productos().upsertMany(42 as never, { key: 'sku' }));
    expect(error).toBeInstanceOf(TypeError);
  });

  it('rejects with the source error when the stream itself fails', async () => {
    async function* broken() {
      yield { sku: 'A', nombre: 'a' };
      throw new Error('CSV line 2 is malformed');
    }
    const error = await rejectionOf(productos().upsertMany(broken(), { key: 'sku' }));
    expect(error.message).toBe('CSV line 2 is malformed');
    expect(emulator.readTable('Productos')).toHaveLength(1);
  });
});

describe('MasterDataTable.deleteMany', () => {
  it('deletes the records matching each filter and reports refused filters', async () => {
    await productos().upsertMany(rowsOf(4), { key: 'sku' });
    const report = await productos().deleteMany([{ sku: 'SKU-0' }, {}, { sku: 'SKU-3' }]);
    expect(report.succeeded).toBe(2);
    expect(report.failed.map(({ index, error }) => [index, error.name])).toEqual([
      [1, 'TypeError'],
    ]);
    expect((emulator.readTable('Productos') ?? []).map((row) => row.sku).sort()).toEqual([
      'SKU-1',
      'SKU-2',
    ]);
  });
});

describe('Process.startCases', () => {
  it('starts one case per input and reports every number and every failure', async () => {
    const sales = bw.process('sales-process');
    const report = await sales.startCases([{}, { companyId: 'not-this-company' }, {}], {
      concurrency: 1,
    });
    expect(report.started).toEqual([
      { index: 0, caseNumber: 4 },
      { index: 2, caseNumber: 5 },
    ]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.index).toBe(1);
    expect(report.failed[0]?.error).toBeInstanceOf(BlizWorkApiError);
    expect(emulator.readCase({ processId: 'sales-process', caseNumber: 5 })?.currentFormId).toBe(
      'lead',
    );
    expect(emulator.readCase({ processId: 'sales-process', caseNumber: 6 })).toBeUndefined();
  });
});

describe('Process.startCases with bad inputs', () => {
  it('fails an input that is not an object with a TypeError and starts no case for it', async () => {
    const report = await bw.process('sales-process').startCases([null, 7] as never[]);
    expect(report.started).toEqual([]);
    const failures = report.failed.map(({ index, error }) => [index, error.message]);
    expect(failures.sort()).toEqual([
      [
        0,
        'BlizWork: startCases input 0 must be an object of startCase options ({} for the defaults)',
      ],
      [
        1,
        'BlizWork: startCases input 1 must be an object of startCase options ({} for the defaults)',
      ],
    ]);
    expect(emulator.readCase({ processId: 'sales-process', caseNumber: 4 })).toBeUndefined();
  });
});

describe('Process.casesWithDetails', () => {
  it('yields every listed case, read in full, in list order', async () => {
    const sales = bw.process('sales-process');
    const listed = (await sales.listCases()).map((summary) => summary.caseNumber);
    const read = [];
    for await (const c of sales.casesWithDetails({}, { concurrency: 2 })) read.push(c);
    expect(read.map((c) => c.number)).toEqual(listed);
    expect(read.every((c) => Array.isArray(c.document.history))).toBe(true);
  });

  it('onListed gets the number of cases it will yield, once, before the first read', async () => {
    const sales = bw.process('sales-process');
    const listed = await sales.listCases();
    const events: string[] = [];
    for await (const c of sales.casesWithDetails(
      {},
      { concurrency: 2, onListed: (count) => events.push(`listed ${count}`) },
    ))
      events.push(`case ${c.number}`);
    expect(listed.length).toBeGreaterThan(1);
    expect(events).toEqual([
      `listed ${listed.length}`,
      ...listed.map((summary) => `case ${summary.caseNumber}`),
    ]);
  });

  it('ends with the error of a failed read', async () => {
    emulator.failNextRequest('getCase');
    const sales = new BlizWork({ ...emulator.clientOptions, maxRetries: 0 }).process(
      'sales-process',
    );
    const error = await rejectionOf(
      (async () => {
        for await (const c of sales.casesWithDetails()) void c;
      })(),
    );
    expect(error).toBeInstanceOf(UnexpectedServerError);
  });
});

describe('BulkOptions.onItem', () => {
  it('reports every item exactly once with its index, successes and failures, before onProgress', async () => {
    const rows = rowsOf(30);
    rows[7] = { nombre: 'sin sku' } as Producto;
    emulator.failNextRequest('upsertMasterData');
    const outcomes: BulkItemOutcome<Partial<Producto>>[] = [];
    const reportedWhenProgressed: number[] = [];
    const doneAtProgress: number[] = [];
    const report = await productos().upsertMany(rows, {
      key: 'sku',
      concurrency: 4,
      onItem: (outcome) => outcomes.push(outcome),
      onProgress: ({ done }) => {
        reportedWhenProgressed.push(outcomes.length);
        doneAtProgress.push(done);
      },
    });

    expect(outcomes.map(({ index }) => index).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
    for (const outcome of outcomes) expect(outcome.item).toBe(rows[outcome.index]);
    const failures = outcomes.filter((outcome) => !outcome.ok);
    expect(failures.map(({ index }) => index).sort((a, b) => a - b)).toEqual(
      report.failed.map(({ index }) => index).sort((a, b) => a - b),
    );
    expect(failures).toHaveLength(2);
    const errors = failures.map((outcome) => (outcome.ok ? undefined : outcome.error));
    expect(errors.some((error) => error instanceof UnexpectedServerError)).toBe(true);
    expect(errors.some((error) => error instanceof TypeError)).toBe(true);
    expect(outcomes.filter(({ ok }) => ok)).toHaveLength(report.succeeded);
    // Each progress report counts exactly the items already reported to onItem.
    expect(reportedWhenProgressed).toEqual(doneAtProgress);
    // A success reported to onItem is in the table.
    const stored = await productos().records({});
    const storedSkus = new Set(stored.map((row) => row.sku));
    for (const outcome of outcomes) {
      if (outcome.ok) expect(storedSkus.has(outcome.item.sku as string)).toBe(true);
    }
  });

  it('reports deleteMany and startCases items too', async () => {
    await productos().upsertMany(rowsOf(3), { key: 'sku' });
    const deleted: number[] = [];
    const filters: Filter[] = [{ sku: 'SKU-0' }, {}, { sku: 'SKU-2' }];
    await productos().deleteMany(filters, {
      onItem: ({ index, ok }) => deleted.push(ok ? index : -index),
    });
    expect(deleted.sort((a, b) => a - b)).toEqual([-1, 0, 2]);

    const started: number[] = [];
    await bw.process('sales-process').startCases([{}, {}], {
      onItem: ({ index, ok }) => ok && started.push(index),
    });
    expect(started.sort()).toEqual([0, 1]);
  });

  it('rejects the run with the exception onItem throws', async () => {
    const failure = new Error('journal full');
    const error = await rejectionOf(
      productos().upsertMany(rowsOf(5), {
        key: 'sku',
        concurrency: 1,
        onItem: ({ index }) => {
          if (index === 2) throw failure;
        },
      }),
    );
    expect(error).toBe(failure);
  });

  it('refuses a misspelled bulk option, naming the one meant', async () => {
    const error = await rejectionOf(
      productos().upsertMany(rowsOf(1), { key: 'sku', onItm: () => {} } as never),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('option "onItm" is unknown');
    expect(error.message).toContain('Did you mean "onItem"?');
    await expect(productos().deleteMany([], { onItem: 1 } as never)).rejects.toThrow(
      'onItem must be a function',
    );
  });
});
