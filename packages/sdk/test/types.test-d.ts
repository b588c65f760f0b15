// Compile-only checks of the public types (run by `pnpm typecheck`, never executed). Each line
// marked with a ts-expect-error directive is misuse the compiler must reject.
import {
  getCase,
  listCases,
  startCase,
  validateCallByPath,
  type CaseDocument,
  type Client,
} from '@blizwork/client';
import { expectTypeOf } from 'vitest';
import {
  BlizWork,
  CaseDataLevel,
  type Case,
  type CaseSummary,
  type Environment,
  type MasterDataTable,
  type Process,
  type RawEnvelope,
  type RequestEnvelope,
  type BulkReport,
  type StartedCase,
  TokenBucketLimiter,
} from '../src/index.node.js';

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
  const bulkReport = await productos.upsertMany([{ sku: 'A', precio: 1 }], { key: 'sku' });
  expectTypeOf(bulkReport).toEqualTypeOf<BulkReport<Partial<{ sku: string; precio: number }>>>();
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
  expectTypeOf(c.closed).toEqualTypeOf<boolean | undefined>();
  expectTypeOf(c.document.closed).toEqualTypeOf<boolean | undefined>();
  // @ts-expect-error: a misspelled per-call option (also refused at run time)
  await c.exec('won', {}, { skipExtension: true });
  // @ts-expect-error: maxResponseBytes is a number
  new BlizWork({ token: 't', userId: 'u', maxResponseBytes: '1' });
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

  // Raw calls: typed by the generated operation; the SDK supplies the token, and userId and
  // environment where the spec's body has them.
  const read = await bw.raw(getCase, { body: { processId: 'p', caseNumber: 1 } });
  expectTypeOf(read.resultCode).toEqualTypeOf<number>();
  expectTypeOf(read.payload).toEqualTypeOf<CaseDocument | undefined>();
  expectTypeOf((await bw.raw(listCases, { body: { processId: 'p' } })).payload).toEqualTypeOf<
    CaseSummary[] | undefined
  >();
  expectTypeOf(
    (await bw.raw(startCase, { body: { companyId: 'c', workflowId: 'p' } })).caseNumber,
  ).toEqualTypeOf<number | undefined>();
  // @ts-expect-error: companyId is not filled in, only userId and environment
  await bw.raw(startCase, { body: { workflowId: 'p' } });
  // @ts-expect-error: with fill: false the body must carry userId itself
  await bw.raw(listCases, { body: { processId: 'p' } }, { fill: false });
  await bw.raw(listCases, { body: { processId: 'p', userId: 'u' } }, { fill: false });
  // @ts-expect-error: environment is 'production' or 'draft', filled or not
  await bw.raw(listCases, { body: { processId: 'p', environment: 'staging' } });
  await bw.raw(validateCallByPath, { path: { handshakeToken: 'h' }, body: {} }, { retry: true });
  // @ts-expect-error: the handshakeToken path parameter is required
  await bw.raw(validateCallByPath, { body: {} });
  // @ts-expect-error: caseNumber is required by getCase's body
  await bw.raw(getCase, { body: { userId: 'u', processId: 'p' } });
  const caseBody = { userId: 'u', processId: 'p', caseNumber: 1 };
  // @ts-expect-error: the token is not the caller's business
  await bw.raw(getCase, { body: caseBody, path: { token: 't' } });

  // A hand-written operation in the generated style gets a useful type: its own body (nothing
  // filled: it has no spec metadata) and its reply with a numeric resultCode.
  const handWritten = (_options: {
    client: Client;
    path: { token: string };
    body: { userId: string; reportId: string };
  }): Promise<{ data?: { resultCode: number; rows: string[] } }> => Promise.resolve({});
  const handWrittenReply = await bw.raw(handWritten, { body: { userId: 'u', reportId: 'r' } });
  expectTypeOf(handWrittenReply.rows).toEqualTypeOf<string[]>();
  expectTypeOf(handWrittenReply.resultCode).toEqualTypeOf<number>();
  // @ts-expect-error: a hand-written operation has no metadata, so userId is not filled in
  await bw.raw(handWritten, { body: { reportId: 'r' } });
  const untypedReply = (_options: { client: Client }): Promise<{ data?: unknown }> =>
    Promise.resolve({});
  expectTypeOf(await bw.raw(untypedReply, {})).toEqualTypeOf<RawEnvelope>();
  const notAnOperation = (_options: { client: Client }): Promise<string> => Promise.resolve('');
  // @ts-expect-error: not in the generated style (no `{ data }` reply): a compile error, not never
  await bw.raw(notAnOperation, {});

  // The escape hatch: typed by the caller.
  const custom = await bw.request<{ resultCode: number; total: number }>('/reports/total', {});
  expectTypeOf(custom.total).toEqualTypeOf<number>();
  expectTypeOf(await bw.request('/reports/total', {})).toEqualTypeOf<RequestEnvelope>();
  await bw.request('/reports/total', { a: 1 }, { retry: true, signal: AbortSignal.timeout(1) });
  // @ts-expect-error: the body is a JSON object
  await bw.request('/reports/total', 'text');
  void badLevel;
}
