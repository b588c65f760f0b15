// The bulk helpers when BlizWork refuses a write with code 200 (transaction limit): the write is
// not resent (it may have run), so the row is reported in `failed` with its TransactionLimitError
// and the others go on: nothing is lost, and the failed rows can be sent again.
import { describe, expect, it } from 'vitest';
import { TransactionLimitError } from '../../src/index.node.js';
import { clientFor } from '../helpers/clients.js';
import { ok, useFaultServer, type Fault } from '@blizwork/test-support/fault-server';

const server = useFaultServer();
const refused: Fault = { kind: 'json', body: { resultCode: 200, resultMessage: 'limit' } };
const rows = [
  { sku: 'A', precio: 1 },
  { sku: 'B', precio: 2 },
  { sku: 'C', precio: 3 },
];

describe('a bulk write refused with code 200', () => {
  it('upsertMany reports the refused row in failed and upserts the others, sending each once', async () => {
    server.queue(ok(), refused, ok());
    const report = await clientFor(server.url)
      .masterData('Productos')
      .upsertMany(rows, { key: 'sku', concurrency: 1 });
    expect(report).toMatchObject({ attempted: 3, succeeded: 2, stopped: false });
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]).toMatchObject({ index: 1, item: rows[1] });
    expect(report.failed[0]?.error).toBeInstanceOf(TransactionLimitError);
    expect(server.requests.map((request) => (request.body as { filter: unknown }).filter)).toEqual(
      rows.map(({ sku }) => ({ sku })),
    );
  });

  it('deleteMany and startCases report it the same way', async () => {
    const bw = clientFor(server.url);
    server.queue(refused, ok());
    const deleted = await bw.masterData('Productos').deleteMany([{ sku: 'A' }, { sku: 'B' }], {
      concurrency: 1,
    });
    expect(deleted.failed.map(({ index, error }) => [index, error.name])).toEqual([
      [0, 'TransactionLimitError'],
    ]);
    server.reset();
    server.queue(ok({ caseNumber: 4 }), refused);
    const started = await bw.process('sales-process').startCases([{}, {}], { concurrency: 1 });
    expect(started.started.map((entry) => entry.caseNumber)).toEqual([4]);
    expect(started.failed.map(({ index, error }) => [index, error.name])).toEqual([
      [1, 'TransactionLimitError'],
    ]);
    expect(server.requests).toHaveLength(2);
  });
});
