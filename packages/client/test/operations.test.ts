import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { json, startFaultServer, type FaultServer } from '@blizwork/test-support/fault-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as clientModule from '../src/index.js';
import {
  createClient,
  createConfig,
  deleteMasterData,
  executeActivity,
  getCase,
  listCases,
  queryMasterData,
  sendNotification,
  startCase,
  uploadAttachment,
  upsertMasterData,
  validateCall,
  validateCallByPath,
  type Client,
  type OperationMetadata,
} from '../src/index.js';

const token = 'tok_0123456789abcdefghijklmn';
const userId = 'ana@acme.test';

let server: FaultServer;
let client: Client;

beforeAll(async () => {
  server = await startFaultServer();
  client = createClient(createConfig({ baseUrl: server.url }));
});
afterAll(() => server.close());

/** What identifies an operation on the wire. */
type OperationSummary = Pick<OperationMetadata, 'operationId' | 'method' | 'path'>;

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const specPath = fileURLToPath(new URL('../../../spec/blizwork.openapi.yaml', import.meta.url));
const spec = parse(readFileSync(specPath, 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};

/** Every operation of the spec's `paths` (the keys of a path item that are HTTP methods). */
const specOperations: OperationSummary[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => HTTP_METHODS.has(method))
    .map(([method, operation]) => ({
      operationId: operation.operationId ?? `(no operationId: ${method} ${path})`,
      method: method.toUpperCase(),
      path,
    })),
);

/** Every operation the client exports, read from the metadata it carries under `~blizwork`. */
const generatedOperations: OperationSummary[] = Object.values(clientModule).flatMap((value) =>
  typeof value === 'function' && '~blizwork' in value
    ? [value['~blizwork']].map(({ operationId, method, path }) => ({ operationId, method, path }))
    : [],
);

const sortById = (list: OperationSummary[]) =>
  [...list].sort((a, b) => a.operationId.localeCompare(b.operationId));

type Call = (c: Client) => Promise<{ data?: unknown; error?: unknown; response?: Response }>;

interface OperationCase {
  name: string;
  path: string;
  body: unknown;
  reply: unknown;
  call: Call;
}

const operations: OperationCase[] = [
  {
    name: 'startCase',
    path: `/init/${token}`,
    body: { companyId: 'c1', userId, workflowId: 'sales' },
    reply: { resultCode: 0, resultMessage: 'OK', caseNumber: 7 },
    call: (c) =>
      startCase({
        client: c,
        path: { token },
        body: { companyId: 'c1', userId, workflowId: 'sales' },
      }),
  },
  {
    name: 'executeActivity',
    path: `/exec/${token}`,
    body: {
      companyId: 'c1',
      userId,
      workflowId: 'sales',
      caseNumber: 7,
      formId: 'lead',
      nextFormId: 'qualification',
      formData: { amount: 3, quote: { fileName: 'q.pdf', fileUrl: 'https://f.test/q.pdf' } },
    },
    reply: { resultCode: 0, resultMessage: 'OK' },
    call: (c) =>
      executeActivity({
        client: c,
        path: { token },
        body: {
          companyId: 'c1',
          userId,
          workflowId: 'sales',
          caseNumber: 7,
          formId: 'lead',
          nextFormId: 'qualification',
          formData: { amount: 3, quote: { fileName: 'q.pdf', fileUrl: 'https://f.test/q.pdf' } },
        },
      }),
  },
  {
    name: 'sendNotification',
    path: `/utils/send-notification/${token}`,
    body: { template: 'welcome', params: { to: 'a@b.test', name: 'Ana' } },
    reply: { resultCode: 0, resultMessage: 'sent' },
    call: (c) =>
      sendNotification({
        client: c,
        path: { token },
        body: { template: 'welcome', params: { to: 'a@b.test', name: 'Ana' } },
      }),
  },
  {
    name: 'validateCall',
    path: `/utils/validatecall/${token}`,
    body: { endpoint: 'https://hooks.test/x', token: '642c8f141be17c78c05bcb4c' },
    reply: { resultCode: 1, resultMessage: 'not valid' },
    call: (c) =>
      validateCall({
        client: c,
        path: { token },
        body: { endpoint: 'https://hooks.test/x', token: '642c8f141be17c78c05bcb4c' },
      }),
  },
  {
    name: 'validateCallByPath',
    path: `/utils/validatecall/642c8f141be17c78c05bcb4c/${token}/`,
    body: {},
    reply: { resultCode: 0, resultMessage: 'OK' },
    call: (c) =>
      validateCallByPath({
        client: c,
        path: { token, handshakeToken: '642c8f141be17c78c05bcb4c' },
        body: {},
      }),
  },
  {
    name: 'getCase',
    path: `/process/case/${token}/`,
    body: { userId, processId: 'sales', caseNumber: 7, include: 3, environment: 'draft' },
    reply: {
      resultCode: 0,
      resultMessage: 'OK',
      payload: { caseNumber: 7, processSlug: 'sales', fields: { a: 1 } },
    },
    call: (c) =>
      getCase({
        client: c,
        path: { token },
        body: { userId, processId: 'sales', caseNumber: 7, include: 3, environment: 'draft' },
      }),
  },
  {
    name: 'listCases',
    path: `/process/case-list/${token}/`,
    body: { userId, processId: 'sales', filter: { closed: false } },
    reply: { status: 0, message: 'OK', payload: [{ caseNumber: 1 }, { caseNumber: 2 }] },
    call: (c) =>
      listCases({
        client: c,
        path: { token },
        body: { userId, processId: 'sales', filter: { closed: false } },
      }),
  },
  {
    name: 'queryMasterData',
    path: `/master-data/${token}/`,
    body: { userId, table: 'Clientes', filter: {} },
    reply: { resultCode: 0, resultMessage: 'OK', payload: [{ id: 'P-1' }] },
    call: (c) =>
      queryMasterData({
        client: c,
        path: { token },
        body: { userId, table: 'Clientes', filter: {} },
      }),
  },
  {
    name: 'upsertMasterData',
    path: `/master-data/upsert/${token}/`,
    body: { userId, table: 'Clientes', filter: { id: 'P-1' }, update: { city: 'Lima' } },
    reply: { resultCode: 0, resultMessage: 'OK', payload: { inserted: 0, updated: 1 } },
    call: (c) =>
      upsertMasterData({
        client: c,
        path: { token },
        body: { userId, table: 'Clientes', filter: { id: 'P-1' }, update: { city: 'Lima' } },
      }),
  },
  {
    name: 'deleteMasterData',
    path: `/master-data/delete/${token}/`,
    body: { userId, table: 'Clientes', filter: { id: 'P-1' } },
    reply: { resultCode: 0, resultMessage: 'OK', payload: { deleted: 1 } },
    call: (c) =>
      deleteMasterData({
        client: c,
        path: { token },
        body: { userId, table: 'Clientes', filter: { id: 'P-1' } },
      }),
  },
  {
    name: 'uploadAttachment',
    path: `/attachment/upload/${token}/`,
    body: { userId, module: 'form', filename: 'q.pdf', file: 'JVBERi0=' },
    reply: {
      resultCode: 0,
      resultMessage: 'OK',
      payload: { fileName: 'q.pdf', fileUrl: 'https://f.test/q.pdf' },
    },
    call: (c) =>
      uploadAttachment({
        client: c,
        path: { token },
        body: { userId, module: 'form', filename: 'q.pdf', file: 'JVBERi0=' },
      }),
  },
];

describe('generated operations', () => {
  it('generates exactly the operations of the spec, each with its method and path', () => {
    // The repository's spec, not the copy `pnpm generate` ships with the client: an operation added
    // to the spec without regenerating the client fails here.
    expect(sortById(generatedOperations)).toEqual(sortById(specOperations));
  });

  // A subset, not equality: the maintainers' flow (CONTRIBUTING, "When the API changes") adds an
  // operation without a hand-written case here, and tests/contributing runs this file after it.
  it('has wire cases below only for operations of the spec, each once', () => {
    const names = operations.map((op) => op.name);
    const specIds = specOperations.map((op) => op.operationId);
    expect(names.filter((name) => !specIds.includes(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(operations)('$name POSTs JSON to its exact path and parses the reply', async (op) => {
    server.fallback = json(op.reply);
    const before = server.requests.length;
    const result = await op.call(client);
    const request = server.requests[before];
    expect(server.requests).toHaveLength(before + 1);
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(op.path);
    expect(request?.headers['content-type']).toMatch(/^application\/json/);
    expect(request?.body).toEqual(op.body);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(op.reply);
    expect(result.response?.status).toBe(200);
  });
});

describe('token encoding', () => {
  it.each([
    ['a/b?c#d', '/init/a%2Fb%3Fc%23d'],
    ['../../master-data/delete', '/init/..%2F..%2Fmaster-data%2Fdelete'],
    ['ñ é', '/init/%C3%B1%20%C3%A9'],
  ])('keeps the hostile token %j inside its own path segment', async (hostile, expected) => {
    server.fallback = json({ resultCode: 1, resultMessage: 'invalid token' });
    const before = server.requests.length;
    const result = await startCase({
      client,
      path: { token: hostile },
      body: { companyId: 'c1', userId, workflowId: 'sales' },
    });
    expect(server.requests[before]?.url).toBe(expected);
    expect(result.data).toEqual({ resultCode: 1, resultMessage: 'invalid token' });
  });

  it('keeps a hostile handshake token out of the API token segment', async () => {
    const before = server.requests.length;
    await validateCallByPath({
      client,
      path: { token, handshakeToken: '../../init' },
      body: {},
    });
    expect(server.requests[before]?.url).toBe(`/utils/validatecall/..%2F..%2Finit/${token}/`);
  });
});
