// How every kind of reply becomes a value or a typed error, against a real local server.
import { describe, expect, it } from 'vitest';
import {
  BlizWorkApiError,
  BlizWorkConnectionError,
  BlizWorkError,
  BlizWorkHttpError,
  BlizWorkResponseError,
  InvalidTokenError,
  MalformedRequestError,
  TransactionLimitError,
  UnexpectedServerError,
} from '../src/index.node.js';
import { COMPANY_ID, TOKEN, describeEachTransport, rejectionOf } from './helpers/clients.js';
import {
  ok,
  startFaultServer,
  useFaultServer,
  type Fault,
} from '@blizwork/test-support/fault-server';

const server = useFaultServer();

describeEachTransport('replies', ({ clientFor }) => {
  // Writes are never retried, so each of these sees exactly one reply.
  const table = () => clientFor(server.url).masterData('Clientes');

  describe('a success reply', () => {
    it('resolves the payload of either envelope (resultCode or status)', async () => {
      server.queue(ok({ payload: [{ nombre: 'ACME' }] }), {
        kind: 'json',
        body: { status: 0, message: 'OK', payload: [{ nombre: 'Globex' }] },
      });
      expect(await table().records()).toEqual([{ nombre: 'ACME' }]);
      expect(await table().records()).toEqual([{ nombre: 'Globex' }]);
    });

    it('is read from the body even when the content type is wrong', async () => {
      server.queue({
        kind: 'text',
        contentType: 'text/plain',
        body: JSON.stringify({ resultCode: 0, payload: [] }),
      });
      expect(await table().records()).toEqual([]);
    });
  });

  describe('a non-zero result code', () => {
    it.each([
      [1, InvalidTokenError],
      [100, MalformedRequestError],
      [101, UnexpectedServerError],
      [200, TransactionLimitError],
      [311, BlizWorkApiError],
    ])(
      'code %i rejects with %o carrying the code, message and HTTP status',
      async (code, ErrorClass) => {
        const reply: Fault = { kind: 'json', body: { resultCode: code, resultMessage: 'nope' } };
        server.queue(reply, reply, reply); // code 200 is resent within maxRetries (2)
        const error = await rejectionOf(table().upsert({ a: 1 }, { b: 2 }));
        expect(error).toBeInstanceOf(ErrorClass);
        expect(error).toBeInstanceOf(BlizWorkApiError);
        expect(error).toMatchObject({
          name: ErrorClass.name,
          operation: 'upsertMasterData',
          resultCode: code,
          resultMessage: 'nope',
          httpStatus: 200,
        });
        expect(error.message).toMatch(
          new RegExp(`^upsertMasterData failed with result code ${code}: nope($|\\. )`),
        );
      },
    );

    it('reads the status/message envelope too', async () => {
      const refused: Fault = { kind: 'json', body: { status: 200, message: 'limit' } };
      server.queue(refused, refused, refused); // code 200 is resent within maxRetries (2)
      const error = await rejectionOf(table().delete({ a: 1 }));
      expect(error).toBeInstanceOf(TransactionLimitError);
      expect(error).toMatchObject({ resultCode: 200, resultMessage: 'limit' });
    });

    it('is an API error even on a non-2xx reply (the emulator answers 500 with code 101)', async () => {
      server.queue({ kind: 'json', status: 500, body: { resultCode: 101, resultMessage: 'boom' } });
      const error = await rejectionOf(table().delete({ a: 1 }));
      expect(error).toBeInstanceOf(UnexpectedServerError);
      expect(error).toMatchObject({ httpStatus: 500 });
    });
  });

  describe('a non-2xx reply without a result envelope', () => {
    it('rejects with BlizWorkHttpError: status, redacted URL, a one-line body excerpt', async () => {
      server.queue({
        kind: 'text',
        status: 502,
        body: '<html>\n<h1>502 Bad Gateway</h1>\n</html>',
      });
      const error = await rejectionOf(table().delete({ a: 1 }));
      expect(error).toBeInstanceOf(BlizWorkHttpError);
      expect(error).toMatchObject({
        status: 502,
        url: `${server.url}/master-data/delete/***`,
        bodyExcerpt: '<html> <h1>502 Bad Gateway</h1> </html>',
      });
      expect(error.message).toContain('HTTP 502');
      expect(error.message).not.toContain(TOKEN);
    });

    it('cuts a long body excerpt', async () => {
      server.queue({ kind: 'text', status: 503, body: 'x'.repeat(5000) });
      const error = (await rejectionOf(table().delete({ a: 1 }))) as BlizWorkHttpError;
      expect(error.bodyExcerpt.length).toBeLessThanOrEqual(161);
    });

    it('treats a JSON error body with code 0 as an HTTP error, never a success', async () => {
      server.queue({ kind: 'json', status: 404, body: { resultCode: 0 } });
      expect(await rejectionOf(table().delete({ a: 1 }))).toBeInstanceOf(BlizWorkHttpError);
    });
  });

  describe('a 2xx reply that is not the expected JSON', () => {
    it('rejects an HTML page with BlizWorkResponseError, with the parse error as cause', async () => {
      server.queue({ kind: 'text', body: '<!doctype html><title>Login</title>' });
      const error = await rejectionOf(table().records());
      expect(error).toBeInstanceOf(BlizWorkResponseError);
      expect(error.message).toContain('the body is not a JSON object');
      expect(error.cause).toBeInstanceOf(Error);
      expect((error.cause as Error).name).toBe('SyntaxError');
    });

    it.each([
      ['JSON without a result code', { ok: true }, 'the reply carries no result code'],
      [
        'a string result code',
        { resultCode: '0' },
        'the reply is malformed: its resultCode is not an integer ("0")',
      ],
      ['a JSON array', [1, 2], 'the body is not a JSON object'],
      [
        'a success without the payload',
        { resultCode: 0 },
        'the reply lacks an array of records in payload',
      ],
    ])('rejects %s (never a success)', async (_label, body, problem) => {
      server.queue({ kind: 'json', body });
      const error = await rejectionOf(table().records());
      expect(error).toBeInstanceOf(BlizWorkResponseError);
      expect(error.message).toContain(problem);
    });

    it('rejects an empty body', async () => {
      server.queue({ kind: 'text', body: '' });
      const error = await rejectionOf(table().delete({ a: 1 }));
      expect(error).toBeInstanceOf(BlizWorkResponseError);
      expect(error.message).toContain('the body is empty');
    });
  });

  describe('a failed connection', () => {
    it('rejects a dropped connection with BlizWorkConnectionError and its cause', async () => {
      server.queue({ kind: 'reset' });
      const error = await rejectionOf(table().delete({ a: 1 }));
      expect(error).toBeInstanceOf(BlizWorkConnectionError);
      expect(error.cause).toBeInstanceOf(Error);
      expect(error.message).toContain(`${server.url}/master-data/delete/***`);
    });

    it('rejects a reply cut in the middle of its body', async () => {
      server.queue({ kind: 'cut-body' });
      const error = await rejectionOf(table().delete({ a: 1 }));
      expect(error).toBeInstanceOf(BlizWorkConnectionError);
    });

    it('rejects a refused connection', async () => {
      const closed = await startFaultServer();
      await closed.close();
      const error = await rejectionOf(clientFor(closed.url).masterData('T').delete({ a: 1 }));
      expect(error).toBeInstanceOf(BlizWorkConnectionError);
      expect(error).toBeInstanceOf(BlizWorkError);
      // fetch nests the system error two causes deep, node:http gives it as the cause itself.
      expect(causeChain(error)).toMatch(/ECONNREFUSED/);
    });
  });

  describe('a getCase reply about another case', () => {
    const read = (environment?: 'draft') =>
      clientFor(server.url, environment ? { environment } : {})
        .process('p')
        .getCase(2);

    it.each([
      ['another case number', { caseNumber: 3 }, 'the reply is case #3, not the requested #2'],
      [
        'another environment',
        { caseNumber: 2, environment: 'draft' },
        'the reply is a case of "draft", not of the requested production',
      ],
      [
        'another process',
        { caseNumber: 2, processSlug: 'OTHER' },
        'the reply is a case of process "OTHER", not of the requested "p"',
      ],
      [
        'another process, whose long name is cut short',
        { processSlug: 'x'.repeat(100) },
        `the reply is a case of process "${'x'.repeat(40)}", not`,
      ],
      [
        'another company, on both sides (the case and its process definition)',
        { companyId: 'OTHER', processDefinition: { companyId: 'OTHER-2' } },
        `the reply is a case with companyId "OTHER" and processDefinition.companyId "OTHER-2", neither of them the client's companyId "${COMPANY_ID}"`,
      ],
    ])('is refused with BlizWorkResponseError: %s', async (_label, payload, problem) => {
      server.fallback = ok({ payload: { processSlug: 'p', ...payload } });
      const error = await rejectionOf(read());
      if ('companyId' in payload) expect(error.message).toContain('bw.withOptions({ companyId })');
      expect(error).toBeInstanceOf(BlizWorkResponseError);
      expect(error).toMatchObject({ operation: 'getCase', httpStatus: 200 });
      expect(error.message).toContain(problem);
      expect(server.requests).toHaveLength(1); // not retried: the same server would say the same
    });

    it('is accepted when it leaves caseNumber, environment, processSlug and companies out', async () => {
      server.queue(ok({ payload: { processSlug: 'p' } }), ok({ payload: {} }));
      const c = await read('draft');
      expect([c.number, c.environment]).toEqual([2, 'draft']);
      expect((await read()).processId).toBe('p');
    });

    // The reference: a case's companyId and its processDefinition.companyId can differ (a case
    // run for another organization's process); the client's companyId may be either side, and
    // with one side only, another company may be the other side.
    it.each([
      ['the case is', { companyId: COMPANY_ID, processDefinition: { companyId: 'OWNER' } }],
      [
        'the process definition is',
        { companyId: 'RUNNER', processDefinition: { companyId: COMPANY_ID } },
      ],
      ['only the case names another company, and it is not', { companyId: 'RUNNER' }],
      [
        'only the process definition names another company, and it is not',
        { processDefinition: { companyId: 'OWNER' } },
      ],
      [
        'a null process definition, and the case is not',
        { companyId: 'RUNNER', processDefinition: null },
      ],
    ])("is accepted when %s the client's company", async (_side, companies) => {
      server.queue(ok({ payload: { processSlug: 'p', caseNumber: 2, ...companies } }));
      expect((await read()).document).toMatchObject(companies);
    });

    it('checks no company for a client without a companyId', async () => {
      server.queue(
        ok({
          payload: { processSlug: 'p', companyId: 'ANY', processDefinition: { companyId: 'ANY' } },
        }),
      );
      const c = await clientFor(server.url, { companyId: undefined }).process('p').getCase(2);
      expect(c.companyId).toBe('ANY');
    });
  });
});

/** The messages and codes of an error's causes, joined. */
function causeChain(error: Error): string {
  const parts: string[] = [];
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause) {
    parts.push(cause.message, String((cause as { code?: unknown }).code));
  }
  return parts.join(' ');
}
