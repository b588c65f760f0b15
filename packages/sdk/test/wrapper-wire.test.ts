// The wire compared with the original Python wrapper (issue 19 §2): every row of
// spec/wrapper-wire.yaml (what blizworkapi 0.1.0 sends for one call) is run as the SDK's equivalent
// call against a real recording server, and the request is compared member by member. Every
// difference must be listed, with its reason, under `differences`; a listed difference that no
// longer occurs fails too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { BlizWork } from '../src/index.node.js';
import { TOKEN, USER_ID, clientFor } from './helpers/clients.js';
import { ok, useFaultServer, type FaultServer } from '@blizwork/test-support/fault-server';
import { salesCaseDocument } from './helpers/sales-case-document.js';

interface WireRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
}
interface WrapperCall {
  id: string;
  reference: string;
  wrapper: string;
  sdk: string;
  request: WireRequest | null;
}
interface Difference {
  call: string;
  member: string;
  wrapper: unknown;
  sdk: unknown;
  kind: 'wrapper-bug' | 'documented' | 'inferred' | 'sdk-default';
  reference: string;
  reason: string;
  assumption?: string;
}

const table = parse(
  readFileSync(fileURLToPath(new URL('../../../spec/wrapper-wire.yaml', import.meta.url)), 'utf8'),
) as { calls: WrapperCall[]; differences: Difference[] };

const HANDSHAKE = '642c8f141be17c78c05bcb4c';
const ENDPOINT = 'https://hooks.example.com/blizwork';
const callBody = (environment: string) => ({
  environment,
  processId: 'sales-process',
  processVersion: 1,
  caseNumber: 39,
  handshakeToken: HANDSHAKE,
});
const caseReply = () => ok({ payload: salesCaseDocument() });

/**
 * The SDK's equivalent of each row: the path (without the token) of the operation it is compared
 * on, and the call, which queues what the server answers first (exec also reads the case before and
 * after; only the request to `operation` is compared).
 */
const sdkCalls: Record<
  string,
  { operation: string; run: (bw: BlizWork, server: FaultServer) => Promise<unknown> }
> = {
  'get-case': {
    operation: '/process/case',
    run: (bw, server) => {
      server.queue(ok({ payload: { ...salesCaseDocument(), environment: 'production' } }));
      return bw.process('sales-process').getCase(39);
    },
  },
  'get-case-from-draft': {
    operation: '/process/case',
    run: (bw, server) => {
      server.queue(caseReply());
      return bw.process('sales-process').getCaseFromDraft(39, 2);
    },
  },
  'list-cases': {
    operation: '/process/case-list',
    run: (bw, server) => {
      server.queue(ok({ payload: [] }));
      return bw.process('sales-process').listCases({ customer_name: 'ACME' });
    },
  },
  exec: {
    operation: '/exec',
    run: async (bw, server) => {
      server.queue(caseReply(), ok(), caseReply());
      const c = await bw.process('sales-process').getCaseFromDraft(39, 3);
      return c.exec('won', { amount: 5000 });
    },
  },
  'master-data-records': {
    operation: '/master-data',
    run: (bw, server) => {
      server.queue(ok({ payload: [] }));
      return bw.masterData('Clientes').records({ ciudad: 'Lima' });
    },
  },
  'master-data-dictionary': {
    operation: '/master-data',
    run: (bw, server) => {
      server.queue(ok({ payload: [] }));
      return bw.masterData('Clientes').dictionary({ ciudad: 'Lima' }, 'Código');
    },
  },
  'master-data-upsert': {
    operation: '/master-data/upsert',
    run: (bw) => bw.masterData('Clientes').upsert({ Código: 'P-001' }, { ciudad: 'Lima' }),
  },
  'master-data-delete': {
    operation: '/master-data/delete',
    run: (bw) => bw.masterData('Clientes').delete({ Código: 'P-001' }),
  },
  'validate-call': {
    operation: '/utils/validatecall',
    run: (bw) => bw.validateCall(callBody('production'), { endpoint: ENDPOINT }),
  },
  'validate-call-draft': {
    operation: '/utils/validatecall',
    run: (bw) => bw.validateCall(callBody('draft'), { endpoint: ENDPOINT }),
  },
  'upload-text': {
    operation: '/attachment/upload',
    run: (bw, server) => {
      server.queue(ok({ payload: { fileName: 'notes.txt', fileUrl: 'https://f.test/n.txt' } }));
      return bw.uploadFile({ fileName: 'notes.txt', content: 'hola' });
    },
  },
  'upload-bytes': {
    operation: '/attachment/upload',
    run: (bw, server) => {
      server.queue(ok({ payload: { fileName: 'quote.pdf', fileUrl: 'https://f.test/q.pdf' } }));
      return bw.uploadFile({ fileName: 'quote.pdf', content: new TextEncoder().encode('%PDF') });
    },
  },
};

/** The path template a recorded request was sent to: the token and handshake token named. */
const templateOf = (url: string): string =>
  url.replace(encodeURIComponent(TOKEN), '{token}').replace(`/${HANDSHAKE}/`, '/{handshakeToken}/');

/** Every difference between what the wrapper sends and what the SDK sent, as the table lists them. */
function differences(row: WrapperCall, sent: WireRequest | undefined) {
  const found: Pick<Difference, 'call' | 'member' | 'wrapper' | 'sdk'>[] = [];
  const add = (member: string, wrapper: unknown, sdk: unknown) =>
    found.push({ call: row.id, member, wrapper, sdk });
  if (row.request === null || sent === undefined) {
    if (row.request !== sent)
      add(
        'request',
        row.request && `${row.request.method} ${row.request.path}`,
        sent && `${sent.method} ${sent.path}`,
      );
    return found;
  }
  if (row.request.method !== sent.method) add('method', row.request.method, sent.method);
  if (row.request.path !== sent.path) add('path', row.request.path, sent.path);
  const members = new Set([...Object.keys(row.request.body), ...Object.keys(sent.body)]);
  for (const member of [...members].sort()) {
    const wrapper = row.request.body[member] ?? null;
    const sdk = sent.body[member] ?? null;
    if (JSON.stringify(wrapper) !== JSON.stringify(sdk)) add(member, wrapper, sdk);
  }
  return found;
}

const server = useFaultServer();

describe('the SDK on the wire, compared with the Python wrapper', () => {
  it('has an SDK call for every row of spec/wrapper-wire.yaml and a row for every SDK call', () => {
    expect(Object.keys(sdkCalls).sort()).toEqual(table.calls.map((row) => row.id).sort());
  });

  it('lists only differences of rows that exist, each with its reason', () => {
    const ids = new Set(table.calls.map((row) => row.id));
    for (const difference of table.differences) {
      expect(ids.has(difference.call), difference.call).toBe(true);
      expect(difference.reason.length, `${difference.call} ${difference.member}`).toBeGreaterThan(
        20,
      );
      expect(['wrapper-bug', 'documented', 'inferred', 'sdk-default']).toContain(difference.kind);
    }
  });

  it.each(table.calls.map((row) => [row.id, row] as const))(
    '%s: every difference from the wrapper is listed, and every listed one occurs',
    async (id, row) => {
      const bw = clientFor(server.url, { companyId: undefined });
      expect(bw.userId).toBe(USER_ID);
      await sdkCalls[id]!.run(bw, server);
      const requests = server.requests.map((request) => ({
        method: request.method,
        path: templateOf(request.url),
        body: (request.body ?? {}) as Record<string, unknown>,
      }));
      // The request to the row's operation (its path ends in the token, with or without a slash).
      const { operation } = sdkCalls[id]!;
      const sent = requests.find(
        (request) =>
          /^(\/\{handshakeToken\})?\/\{token\}\/?$/.test(request.path.slice(operation.length)) &&
          request.path.startsWith(operation),
      );
      const listed = table.differences
        .filter((difference) => difference.call === id)
        .map(({ call, member, wrapper, sdk }) => ({ call, member, wrapper, sdk }));
      expect(differences(row, sent)).toEqual(listed);
    },
  );
});
