// The bulk helpers' per-item callback against the real emulator: every item reported exactly once
// with its index, successes and failures, before the progress that counts it; and the option key
// check that accepts it (and refuses a misspelling of it).
import type { Emulator } from '@blizwork/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BlizWork } from '../../src/index.js';
import { UnexpectedServerError, type BulkItemOutcome, type Filter } from '../../src/index.js';
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
}
const productos = () => bw.masterData<Producto>('Productos');
const rowsOf = (n: number): Producto[] =>
  Array.from({ length: n }, (_, i) => ({ sku: `ITEM-${i}`, nombre: `Producto ${i}` }));

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
    const filters: Filter[] = [{ sku: 'ITEM-0' }, {}, { sku: 'ITEM-2' }];
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
    expect((error as Error).message).toContain('option "onItm" is unknown');
    expect((error as Error).message).toContain('Did you mean "onItem"?');
    await expect(productos().deleteMany([], { onItem: 1 } as never)).rejects.toThrow(
      'onItem must be a function',
    );
  });
});
