import { describe, expect, it } from 'vitest';
import { ResultCodes, startEmulator } from '../src/index.js';
import type { OperationId } from '../src/generated/spec.gen.js';
import { ApiClient, operationPath } from './helpers/api-client.js';
import { contractOperations } from './helpers/spec-contract.js';
import { rawPost } from './helpers/raw-http.js';
import { isStateful, type StatefulOperation } from './helpers/stateful-operations.js';
import { acme, useEmulator, leadExecBody } from './helpers/use-emulator.js';

const fixture = useEmulator();

/** A valid body for each stateful operation; others are called with their spec example request. */
const validBodies: Record<StatefulOperation, unknown> = {
  startCase: { companyId: acme.companyId, userId: acme.ana, workflowId: acme.process },
  executeActivity: leadExecBody({ formData: { customer_name: 'Initech' } }),
  sendNotification: { template: 'welcome', params: { to: 'x@acme.test' } },
  validateCall: { endpoint: 'https://hooks.example.com/x', token: '642c8f141be17c78c05bcb4c' },
  validateCallByPath: {},
  getCase: { userId: acme.ana, processId: acme.process, caseNumber: 1 },
  listCases: { userId: acme.ana, processId: acme.process },
  queryMasterData: { userId: acme.ana, table: 'Clientes', filter: {} },
  upsertMasterData: {
    userId: acme.ana,
    table: 'Clientes',
    filter: { Código: 'P-003' },
    update: { nombre: 'Initech' },
  },
  deleteMasterData: { userId: acme.ana, table: 'Clientes', filter: { Código: 'P-002' } },
  uploadAttachment: { userId: acme.ana, filename: 'a.txt', file: 'aGk=' },
};
const operationIds = [...contractOperations.keys()];
const bodyOf = (operationId: OperationId): unknown =>
  isStateful(operationId)
    ? validBodies[operationId]
    : contractOperations.get(operationId)?.requestExample;
const byPath = { handshakeToken: '642c8f141be17c78c05bcb4c' };

describe('request routing', () => {
  it.each(operationIds.flatMap((id) => [[id, 'with'] as const, [id, 'without'] as const]))(
    'routes %s %s the trailing slash',
    async (operationId, slash) => {
      const reply = await fixture.api.call(operationId, bodyOf(operationId), {
        slash,
        ...byPath,
      });
      if (!isStateful(operationId)) {
        // Routed to an operation without a handler: its example reply, or 501 without one.
        const { replyExample } = contractOperations.get(operationId)!;
        expect(reply.status).toBe(replyExample.found ? 200 : 501);
        return;
      }
      expect(reply.status).toBe(200);
      // validatecall answers 1 for a handshake it never issued; every other body here is a success.
      const expected = operationId.startsWith('validateCall')
        ? ResultCodes.invalidToken
        : ResultCodes.ok;
      expect(reply.body.resultCode).toBe(expected);
    },
  );

  it.each([
    '/',
    '/exec',
    '/nope/x',
    `/exec/${acme.token}/extra`,
    `/process/case`,
    `//exec/${acme.token}`,
  ])('answers 404 with code 390 when no operation has the path %s', async (path) => {
    const reply = await fixture.api.request(path, { method: 'POST', body: '{}' });
    expect(reply.status).toBe(404);
    expect(reply.body.resultCode).toBe(ResultCodes.routeNotFound);
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])(
    'answers 405 with code 391 when the method is %s',
    async (method) => {
      const reply = await fixture.api.request(`/exec/${acme.token}`, {
        method,
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      expect(reply.status).toBe(405);
      expect(reply.headers.get('allow')).toBe('POST');
      expect(reply.body.resultCode).toBe(ResultCodes.methodNotAllowed);
    },
  );

  it('ignores the query string when it routes', async () => {
    const reply = await fixture.api.request(`${operationPath('getCase', acme.token)}?debug=1`, {
      method: 'POST',
      body: JSON.stringify(validBodies.getCase),
    });
    expect(reply.body).toMatchObject({ resultCode: 0, payload: { caseNumber: 1 } });
  });
});

describe('request checks', () => {
  it.each(operationIds)('answers code 1 to %s when the token is unknown', async (operationId) => {
    const reply = await fixture.api.call(operationId, bodyOf(operationId), {
      token: 'not-a-token',
      ...byPath,
    });
    expect(reply).toMatchObject({ status: 200, body: { resultCode: ResultCodes.invalidToken } });
  });

  it.each(operationIds)('answers code 100 to %s when the body is not JSON', async (operationId) => {
    const reply = await fixture.api.send(operationId, '{"userId": ', byPath);
    expect(reply.body).toEqual({
      resultCode: ResultCodes.malformedRequest,
      resultMessage: 'body is not valid JSON',
    });
  });

  it.each([
    [
      'getCase',
      { userId: acme.ana, processId: acme.process, caseNumber: '1' },
      'caseNumber must be integer',
    ],
    ['startCase', { companyId: acme.companyId, userId: acme.ana }, 'workflowId is required'],
    [
      'listCases',
      { userId: acme.ana, processId: acme.process, environment: 'staging' },
      'environment must be one of production, draft',
    ],
    ['validateCallByPath', { extra: true }, "body must not have property 'extra'"],
    ['getCase', [], 'body must be object'],
    [
      'getCase',
      { userId: acme.ana, processId: acme.process, caseNumber: 1, include: 5 },
      'include must be <= 4',
    ],
  ] as const)(
    'answers code 100 naming the field when a %s body breaks the schema (%j)',
    async (operationId, body, message) => {
      const reply = await fixture.api.call(operationId, body, byPath);
      expect(reply.body).toEqual({
        resultCode: ResultCodes.malformedRequest,
        resultMessage: message,
      });
    },
  );

  it('answers 101 with HTTP 500 when an operation fails unexpectedly, and keeps serving', async () => {
    fixture.emulator.failNextRequest('getCase');
    const failed = await fixture.api.call('getCase', validBodies.getCase);
    expect(failed).toMatchObject({
      status: 500,
      body: { resultCode: ResultCodes.unexpectedError },
    });
    const next = await fixture.api.call('getCase', validBodies.getCase);
    expect(next).toMatchObject({ status: 200, body: { resultCode: 0 } });
  });
});

describe('unexpected error log', () => {
  it('logs a line naming the operation and never the token', async () => {
    const lines: string[] = [];
    const emulator = await startEmulator({ log: (line) => lines.push(line) });
    try {
      emulator.failNextRequest();
      await new ApiClient(emulator.url, emulator.token).call('listCases', validBodies.listCases);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('listCases');
      expect(lines.join('\n')).not.toContain(emulator.token);
    } finally {
      await emulator.close();
    }
  });
});

describe('body size limit', () => {
  const small = useEmulator({ maxBodyBytes: 2048 });
  const uploadUrl = () => small.emulator.url + operationPath('uploadAttachment', acme.token);

  it('answers 413 with code 392 when content-length declares more than the limit', async () => {
    const reply = await rawPost(uploadUrl(), { 'content-length': '100000000' }, () => undefined);
    expect(reply.status).toBe(413);
    expect(reply.headers.connection).toBe('close');
    expect(reply.body).toMatchObject({ resultCode: ResultCodes.bodyTooLarge });
  });

  it('answers 413 when a chunked body streams past the limit, without waiting for its end', async () => {
    // 64 KiB chunks forever: the reply must come after ~2 KiB, since the body never ends.
    const reply = await rawPost(uploadUrl(), { 'transfer-encoding': 'chunked' }, () =>
      Buffer.alloc(65536, 0x61),
    );
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ resultCode: ResultCodes.bodyTooLarge });
  });

  it('accepts a body right at the limit', async () => {
    const base = JSON.stringify({ userId: acme.ana, filename: 'a.txt', file: '' });
    const file = 'A'.repeat(Math.floor((2048 - base.length) / 4) * 4);
    const reply = await small.api.call('uploadAttachment', {
      userId: acme.ana,
      filename: 'a.txt',
      file,
    });
    expect(reply.body.resultCode).toBe(0);
  });

  it('keeps serving after refusing a large body', async () => {
    await rawPost(uploadUrl(), { 'content-length': '100000000' }, () => undefined);
    const reply = await small.api.call('listCases', validBodies.listCases);
    expect(reply.body.resultCode).toBe(0);
  });
});

describe('transaction limit', () => {
  const limited = useEmulator({ transactionsPerSecond: 0.001 });

  it('answers code 200 when the company goes over its transactions per second', async () => {
    const first = await limited.api.call('listCases', validBodies.listCases);
    const second = await limited.api.call('listCases', validBodies.listCases);
    expect(first.body.resultCode).toBe(0);
    expect(second.body).toMatchObject({ resultCode: ResultCodes.transactionLimitExceeded });
  });

  it('does not count calls with an unknown token against the company', async () => {
    await limited.api.call('listCases', validBodies.listCases, { token: 'wrong' });
    const reply = await limited.api.call('listCases', validBodies.listCases);
    expect(reply.body.resultCode).toBe(0);
  });
});
