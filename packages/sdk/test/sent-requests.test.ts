// What each method sends: path, headers and body, recorded by a real local server.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL, SDK_VERSION } from '../src/index.node.js';
import { TOKEN, COMPANY_ID, describeEachTransport, USER_ID } from './helpers/clients.js';
import { ok, useFaultServer } from '@blizwork/test-support/fault-server';

const server = useFaultServer();

describeEachTransport('requests', ({ clientFor }) => {
  const lastRequest = () => server.requests.at(-1);
  /** The client of `caseDocument`, a draft case (a reply must match the requested environment). */
  const draftClient = () => clientFor(server.url, { environment: 'draft' });
  const caseDocument = {
    processSlug: 'sales-process',
    caseNumber: 2,
    environment: 'draft',
    history: [{ nextActivity: { formId: 'qualification' } }],
  };

  describe('every request', () => {
    it('is a JSON POST to the spec path with the token encoded as its last segment and a user agent', async () => {
      const bw = clientFor(server.url, { token: 'a/b?c' });
      server.queue(ok({ payload: [] }));
      await bw.masterData('T').records();
      expect(lastRequest()).toMatchObject({
        method: 'POST',
        url: '/master-data/a%2Fb%3Fc/',
        headers: {
          'content-type': 'application/json',
          'user-agent': `blizwork-sdk-ts/${SDK_VERSION}`,
        },
      });
      expect(DEFAULT_BASE_URL).toBe('https://api.blizwork.com');
    });

    it('sends a custom user agent', async () => {
      server.queue(ok({ payload: [] }));
      await clientFor(server.url, { userAgent: 'my-app/2' }).masterData('T').records();
      expect(lastRequest()?.headers['user-agent']).toBe('my-app/2');
    });
  });

  describe('Process', () => {
    it('startCase sends companyId, userId, workflowId, environment and resolves the number', async () => {
      server.queue(ok({ caseNumber: 7 }));
      const bw = clientFor(server.url, { environment: 'draft' });
      expect(await bw.process('sales-process').startCase({ execUserId: 'bob@acme.test' })).toBe(7);
      expect(lastRequest()).toMatchObject({
        url: `/init/${TOKEN}`,
        body: {
          companyId: COMPANY_ID,
          userId: USER_ID,
          workflowId: 'sales-process',
          environment: 'draft',
          execUserId: 'bob@acme.test',
        },
      });
    });

    it('startCase sends no environment for a production case (undocumented on /init)', async () => {
      server.fallback = ok({ caseNumber: 7 });
      await clientFor(server.url).process('sales-process').startCase();
      await clientFor(server.url, { environment: 'draft' })
        .process('sales-process')
        .startCase({ environment: 'production' });
      for (const request of server.requests) {
        expect(request.body).toEqual({
          companyId: COMPANY_ID,
          userId: USER_ID,
          workflowId: 'sales-process',
        });
      }
      expect(server.requests).toHaveLength(2);
    });

    it('startCase sends environment draft when the call or the client asks for a draft case', async () => {
      server.fallback = ok({ caseNumber: 7 });
      await clientFor(server.url).process('p').startCase({ environment: 'draft' });
      await clientFor(server.url, { environment: 'draft' }).process('p').startCase();
      expect(
        server.requests.map((request) => (request.body as Record<string, unknown>).environment),
      ).toEqual(['draft', 'draft']);
      await expect(
        clientFor(server.url)
          .process('p')
          .startCase({ environment: 'drafts' as never }),
      ).rejects.toThrow(TypeError);
      expect(server.requests).toHaveLength(2);
    });

    it('startCase without any company id throws TypeError and sends nothing', async () => {
      const bw = clientFor(server.url, { companyId: undefined });
      await expect(bw.process('p').startCase()).rejects.toThrow(/startCase needs a companyId/);
      expect(server.requests).toHaveLength(0);
      server.queue(ok({ caseNumber: 1 }));
      expect(await bw.process('p').startCase({ companyId: 'other' })).toBe(1);
    });

    it('getCase defaults to include 3 in the client environment; the From helpers force one', async () => {
      const process = clientFor(server.url).process('sales-process');
      // Without an environment member: the reply must match each request's environment.
      server.fallback = ok({ payload: { ...caseDocument, environment: undefined } });
      await process.getCase(2);
      expect(lastRequest()?.body).toEqual({
        userId: USER_ID,
        environment: 'production',
        processId: 'sales-process',
        caseNumber: 2,
        include: 3,
      });
      await process.getCaseFromDraft(2, 0);
      expect(lastRequest()?.body).toMatchObject({ environment: 'draft', include: 0 });
      await process.getCaseFromProduction(2);
      expect(lastRequest()?.body).toMatchObject({ environment: 'production', include: 3 });
    });

    it.each([0, -1, 1.5, '2'])('getCase refuses case number %j with TypeError', async (n) => {
      await expect(
        clientFor(server.url)
          .process('p')
          .getCase(n as number),
      ).rejects.toThrow(TypeError);
    });

    it('getCase refuses a bad include or environment with TypeError', async () => {
      const process = clientFor(server.url).process('p');
      await expect(process.getCase(1, { include: 5 as 4 })).rejects.toThrow(
        /include must be a CaseDataLevel/,
      );
      await expect(process.getCase(1, { environment: 'staging' as 'draft' })).rejects.toThrow(
        /environment/,
      );
      expect(server.requests).toHaveLength(0);
    });

    it('listCases sends the filter and resolves the summaries', async () => {
      server.queue(ok({ payload: [{ caseNumber: 1 }] }));
      expect(await clientFor(server.url).process('p').listCases({ closed: false })).toEqual([
        { caseNumber: 1 },
      ]);
      expect(lastRequest()).toMatchObject({
        url: `/process/case-list/${TOKEN}/`,
        body: { processId: 'p', filter: { closed: false } },
      });
    });
  });

  describe('Case.exec', () => {
    it('sends the body built from the case and resolves the case read again with include >= 3', async () => {
      server.queue(
        ok({ payload: { ...caseDocument, processDefinition: { companyId: 'pc' } } }),
        ok(),
        ok({ payload: caseDocument }),
      );
      const c = await draftClient().process('sales-process').getCase(2);
      const next = await c.exec('won', { closing_notes: 'ok' }, { execUserId: 'bob@acme.test' });
      expect(server.requests.map((request) => request.body)).toEqual([
        expect.objectContaining({ include: 3 }),
        {
          companyId: 'pc',
          userId: USER_ID,
          workflowId: 'sales-process',
          environment: 'draft',
          caseNumber: 2,
          formId: 'qualification',
          nextFormId: 'won',
          formData: { closing_notes: 'ok' },
          skipExtensions: false,
          execUserId: 'bob@acme.test',
        },
        {
          userId: USER_ID,
          environment: 'draft',
          processId: 'sales-process',
          caseNumber: 2,
          include: 3,
        },
      ]);
      expect(next.document).toEqual(caseDocument);
    });

    it('reads the case again with include 3 first when it was loaded without history', async () => {
      const { history: _history, ...bare } = caseDocument;
      server.queue(
        ok({ payload: bare }),
        ok({ payload: caseDocument }),
        ok(),
        ok({ payload: caseDocument }),
      );
      const c = await draftClient().process('sales-process').getCase(2, { include: 0 });
      await c.exec('won', {});
      expect(
        server.requests.map((request) => (request.body as { include?: number }).include ?? 'exec'),
      ).toEqual([0, 3, 'exec', 3]);
    });

    it('refuses a bad nextFormId or formData with TypeError', async () => {
      server.queue(ok({ payload: caseDocument }));
      const c = await draftClient().process('sales-process').getCase(2);
      await expect(c.exec('', {})).rejects.toThrow(TypeError);
      await expect(c.exec('won', [] as object)).rejects.toThrow(TypeError);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('MasterDataTable', () => {
    it('records, upsert and delete send the table, filter and environment', async () => {
      const table = clientFor(server.url, { environment: 'draft' }).masterData('Clientes');
      server.queue(ok({ payload: [] }), ok({ payload: { updated: 1 } }), ok());
      await table.records({ ciudad: 'Lima' });
      expect(await table.upsert({ Código: 'P-1' }, { ciudad: 'Quito' })).toEqual({ updated: 1 });
      expect(await table.delete({ Código: 'P-1' })).toEqual({});
      expect(
        server.requests.map(({ url, body }) => [url.split('/').slice(1, -2).join('/'), body]),
      ).toEqual([
        [
          'master-data',
          { userId: USER_ID, environment: 'draft', table: 'Clientes', filter: { ciudad: 'Lima' } },
        ],
        [
          'master-data/upsert',
          {
            userId: USER_ID,
            environment: 'draft',
            table: 'Clientes',
            filter: { Código: 'P-1' },
            update: { ciudad: 'Quito' },
          },
        ],
        [
          'master-data/delete',
          { userId: USER_ID, environment: 'draft', table: 'Clientes', filter: { Código: 'P-1' } },
        ],
      ]);
    });

    it('dictionary keys records by a column, leaving out records without it', async () => {
      server.queue(
        ok({ payload: [{ id: 'a', n: 1 }, { n: 2 }, { id: 7, n: 3 }, { id: '__proto__', n: 4 }] }),
      );
      const dictionary = await clientFor(server.url)
        .masterData<{ id?: string | number; n: number }>('T')
        .dictionary({}, 'id');
      expect(Object.keys(dictionary)).toEqual(['7', 'a', '__proto__']);
      expect(dictionary['7']).toEqual({ id: 7, n: 3 });
    });

    it.each([
      ['delete', (t: ReturnType<ReturnType<typeof clientFor>['masterData']>) => t.delete({})],
      [
        'upsert',
        (t: ReturnType<ReturnType<typeof clientFor>['masterData']>) => t.upsert({}, { a: 1 }),
      ],
    ])('%s refuses an empty filter with TypeError and sends nothing', async (_label, call) => {
      await expect(call(clientFor(server.url).masterData('T'))).rejects.toThrow(
        /refuses an empty filter/,
      );
      await expect(call(clientFor(server.url).masterData('T'))).rejects.toThrow(TypeError);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe('utilities', () => {
    it('uploadFile sends base64 content and resolves { fileName, fileUrl }', async () => {
      server.queue(
        ok({ payload: { fileName: 'q.txt', fileUrl: 'https://f.test/q.txt', extra: 1 } }),
      );
      const stored = await clientFor(server.url).uploadFile({
        fileName: 'q.txt',
        content: new Uint8Array([104, 105]),
      });
      expect(stored).toEqual({ fileName: 'q.txt', fileUrl: 'https://f.test/q.txt' });
      expect(lastRequest()).toMatchObject({
        url: `/attachment/upload/${TOKEN}/`,
        body: { userId: USER_ID, module: 'form', filename: 'q.txt', file: 'aGk=' },
      });
    });

    it('sendNotification sends the template and params', async () => {
      await clientFor(server.url).sendNotification('hello', { to: 'x@y.z', n: 2 });
      expect(lastRequest()).toMatchObject({
        url: `/utils/send-notification/${TOKEN}`,
        body: { template: 'hello', params: { to: 'x@y.z', n: 2 } },
      });
      await expect(
        clientFor(server.url).sendNotification('hello', {} as { to: string }),
      ).rejects.toThrow(/params.to/);
    });

    it('validateCall sends the documented body and fails closed', async () => {
      const bw = clientFor(server.url);
      const call = { environment: 'draft', handshakeToken: '642c8f141be17c78c05bcb4c' };
      server.queue(
        ok(),
        { kind: 'json', body: { resultCode: 1 } },
        { kind: 'json', body: { resultCode: 2 } },
        { kind: 'json', body: {} },
      );
      expect(await bw.validateCall(call, { endpoint: 'https://hooks.test/x' })).toBe(true);
      expect(lastRequest()).toMatchObject({
        url: `/utils/validatecall/${TOKEN}`,
        body: { endpoint: 'https://hooks.test/x', token: call.handshakeToken },
      });
      expect(await bw.validateCall(call, { endpoint: 'https://hooks.test/x' })).toBe(false);
      await expect(
        bw.validateCall(call, { endpoint: 'https://hooks.test/x' }),
      ).rejects.toMatchObject({ resultCode: 2 });
      await expect(bw.validateCall(call, { endpoint: 'https://hooks.test/x' })).rejects.toThrow(
        /no result code/,
      );
    });

    it('validateCall answers false without asking for a body without handshake token', async () => {
      const bw = clientFor(server.url);
      for (const body of [
        undefined,
        null,
        'x',
        {},
        { environment: 'draft' },
        { handshakeToken: '' },
        { handshakeToken: 5 },
      ]) {
        expect(await bw.validateCall(body, { endpoint: 'https://hooks.test/x' })).toBe(false);
      }
      expect(server.requests).toHaveLength(0);
      await expect(bw.validateCall({ handshakeToken: 'a' }, { endpoint: '' })).rejects.toThrow(
        TypeError,
      );
    });
  });
});
