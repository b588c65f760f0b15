// Compile-only checks of the public types (run by `pnpm typecheck`, never executed). Each line
// marked with a ts-expect-error directive is misuse the compiler must reject.
import { getCase, validateCallByPath, type GetCaseReply } from '@blizwork/client';
import { expectTypeOf } from 'vitest';
import {
  BlizWork,
  CaseDataLevel,
  type Case,
  type CaseSummary,
  type Environment,
  type MasterDataTable,
  type Process,
  type BulkReport,
  type StartedCase,
  TokenBucketLimiter,
} from '../src/index.js';

interface SalesFields {
  customer_name: string;
  amount: number;
  quote: { fileName: string; fileUrl: string };
}

export async function typeChecks(): Promise<void> {
  const bw = new BlizWork({ token: 't', userId: 'u' });
  // @ts-expect-error: the environment is 'production' or 'draft'
  new BlizWork({ token: 't', userId: 'u', environment: 'staging' });
  // @ts-expect-error: userId is required
  new BlizWork({ token: 't' });
  // @ts-expect-error: unknown option
  new BlizWork({ token: 't', userId: 'u', userID: 'x' });
  expectTypeOf(bw.environment).toEqualTypeOf<Environment>();
  new BlizWork({ token: 't', userId: 'u', rateLimit: { plan: 'avanzado' } });
  new BlizWork({ token: 't', userId: 'u', rateLimit: { transactionsPerSecond: 5 } });
  new BlizWork({ token: 't', userId: 'u', rateLimit: { limiter: new TokenBucketLimiter(5) } });
  // @ts-expect-error: not a BlizWork plan
  new BlizWork({ token: 't', userId: 'u', rateLimit: { plan: 'gold' } });
  // @ts-expect-error: a limiter needs acquire()
  new BlizWork({ token: 't', userId: 'u', rateLimit: { limiter: {} } });
  const productos = bw.masterData<{ sku: string; precio: number }>('Productos');
  const report = await productos.upsertMany([{ sku: 'A', precio: 1 }], { key: 'sku' });
  expectTypeOf(report).toEqualTypeOf<BulkReport<Partial<{ sku: string; precio: number }>>>();
  // @ts-expect-error: the key names a column of the records
  await productos.upsertMany([{ sku: 'A' }], { key: 'codigo' });
  const started = await bw.process('p').startCases([{}, { execUserId: 'bob@acme.test' }]);
  expectTypeOf(started.started).toEqualTypeOf<StartedCase[]>();
  expectTypeOf(bw.withOptions({ environment: 'draft' })).toEqualTypeOf<BlizWork>();

  // CaseDataLevel is both a value map and the type of its values.
  expectTypeOf(CaseDataLevel.PlusCaseHistory).toEqualTypeOf<2>();
  const level: CaseDataLevel = CaseDataLevel.PlusCompanyInfo;
  // @ts-expect-error: 5 is no level
  const badLevel: CaseDataLevel = 5;

  const sales: Process<SalesFields> = bw.process<SalesFields>('sales-process');
  const c: Case<SalesFields> = await sales.getCase(2, { include: level });
  // @ts-expect-error: include is a CaseDataLevel
  await sales.getCase(2, { include: 7 });
  // @ts-expect-error: the environment is 'production' or 'draft'
  await sales.getCase(2, { environment: 'prod' });
  expectTypeOf(c.field('amount')).toEqualTypeOf<number>();
  expectTypeOf(c.field('amount', null)).toEqualTypeOf<number | null>();
  expectTypeOf(c.fields.customer_name).toEqualTypeOf<string | undefined>();
  // @ts-expect-error: not a field of SalesFields
  c.field('nope');
  // @ts-expect-error: not an attachment field name of SalesFields
  c.downloadUrl('nope');
  expectTypeOf(await c.exec('won', { amount: 3 })).toEqualTypeOf<Case<SalesFields>>();
  // @ts-expect-error: amount is a number
  await c.exec('won', { amount: 'three' });
  expectTypeOf(await sales.startCase()).toEqualTypeOf<number>();
  expectTypeOf(await sales.listCases()).toEqualTypeOf<CaseSummary[]>();

  // Untyped processes take any field name.
  const untyped = await bw.process('other').getCase(1);
  expectTypeOf(untyped.field('anything')).toEqualTypeOf<unknown>();

  const table: MasterDataTable<{ code: string; city: string }> = bw.masterData<{
    code: string;
    city: string;
  }>('T');
  expectTypeOf(await table.dictionary({}, 'code')).toEqualTypeOf<
    Record<string, { code: string; city: string }>
  >();
  // @ts-expect-error: not a column
  await table.dictionary({}, 'nope');

  expectTypeOf(await bw.validateCall({}, { endpoint: 'https://x' })).toEqualTypeOf<boolean>();
  // @ts-expect-error: endpoint is required
  await bw.validateCall({}, {});
  // @ts-expect-error: params.to is required
  await bw.sendNotification('t', {});
  // @ts-expect-error: content is required
  await bw.uploadFile({ fileName: 'a' });

  // Raw calls: typed by the generated operation; the SDK supplies the token.
  expectTypeOf(
    await bw.raw(getCase, { body: { userId: 'u', processId: 'p', caseNumber: 1 } }),
  ).toEqualTypeOf<GetCaseReply>();
  await bw.raw(validateCallByPath, { path: { handshakeToken: 'h' }, body: {} }, { retry: true });
  // @ts-expect-error: the handshakeToken path parameter is required
  await bw.raw(validateCallByPath, { body: {} });
  // @ts-expect-error: caseNumber is required by getCase's body
  await bw.raw(getCase, { body: { userId: 'u', processId: 'p' } });
  const caseBody = { userId: 'u', processId: 'p', caseNumber: 1 };
  // @ts-expect-error: the token is not the caller's business
  await bw.raw(getCase, { body: caseBody, path: { token: 't' } });
  void badLevel;
}
