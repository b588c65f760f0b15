import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ResultCodes } from '../src/index.js';
import { acme, leadExecBody, useEmulator } from './helpers/use-emulator.js';

const fixture = useEmulator();

/** A reply as it crossed the wire: status line and headers (lower-cased names) and body bytes. */
interface WireReply {
  readonly statusLine: string;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
}

/** Sends one request on a plain socket (`connection: close`) and splits the bytes it gets back. */
function wireRequest(method: string, path: string, body = ''): Promise<WireReply> {
  const { port } = fixture.emulator;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const bytes = Buffer.concat(chunks);
      const headEnd = bytes.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = bytes.toString('latin1', 0, headEnd).split('\r\n');
      const headers = new Map(
        lines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
        }),
      );
      resolve({ statusLine, headers, body: bytes.subarray(headEnd + 4) });
    });
    const payload = Buffer.from(body);
    socket.end(
      Buffer.concat([
        Buffer.from(
          `${method} ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n` +
            `content-type: application/json\r\ncontent-length: ${payload.length}\r\n\r\n`,
        ),
        payload,
      ]),
    );
  });
}

const getCasePath = `/process/case/${acme.token}/`;
const getCaseBody = (include: number, caseNumber = 1): string =>
  JSON.stringify({ userId: acme.ana, processId: acme.process, caseNumber, include });

describe('reply bytes', () => {
  it.each([0, 1, 2, 3, 4])(
    'sends getCase at include %i as compact JSON whose content-length counts its bytes',
    async (include) => {
      const reply = await wireRequest('POST', getCasePath, getCaseBody(include));
      expect(reply.statusLine).toBe('HTTP/1.1 200 OK');
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(reply.headers.get('content-length')).toBe(String(reply.body.length));
      const text = reply.body.toString('utf8');
      expect(text).toBe(JSON.stringify(JSON.parse(text)));
    },
  );

  it('counts bytes, not characters, in the content-length of a reply with non-ASCII text', async () => {
    // The refusal repeats the userId: 'ñ' takes 2 bytes in UTF-8 and '😀' 4 (2 UTF-16 units).
    const userId = 'ñandú😀@acme.test';
    const body = JSON.stringify({ userId, processId: acme.process, caseNumber: 1 });
    const reply = await wireRequest('POST', getCasePath, body);
    const text = reply.body.toString('utf8');
    expect(reply.headers.get('content-length')).toBe(String(reply.body.length));
    expect(reply.body.length).toBeGreaterThan(text.length);
    expect(JSON.parse(text)).toEqual({
      resultCode: ResultCodes.userNotAuthorized,
      resultMessage: `user '${userId}' is not authorized for this token`,
    });
  });

  it('keeps the extra headers of an error reply next to its own', async () => {
    const reply = await wireRequest('GET', `/exec/${acme.token}`);
    expect(reply.statusLine).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(reply.headers.get('allow')).toBe('POST');
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(reply.headers.get('content-length')).toBe(String(reply.body.length));
  });

  it('shows the case as it is now next to an unchanged process definition (include 3)', async () => {
    const read = async () =>
      JSON.parse((await wireRequest('POST', getCasePath, getCaseBody(3))).body.toString('utf8'))
        .payload as Record<string, unknown>;
    const before = await read();
    const moved = await fixture.api.call(
      'executeActivity',
      leadExecBody({ formData: { customer_name: 'Initech' } }),
    );
    expect(moved.body.resultCode).toBe(ResultCodes.ok);
    const after = await read();
    expect(after.currentFormId).toBe('qualification');
    expect(after.fields).toMatchObject({ customer_name: 'Initech' });
    expect(after.history).not.toEqual(before.history);
    expect(after.processDefinition).toEqual(before.processDefinition);
  });
});

describe('route matching', () => {
  it('decodes a percent-encoded token and cuts the path at a fragment', async () => {
    const encoded = encodeURIComponent(acme.token).replace('a', '%61');
    const reply = await wireRequest('POST', `/process/case/${encoded}/#x`, getCaseBody(0));
    expect(JSON.parse(reply.body.toString('utf8'))).toMatchObject({
      resultCode: ResultCodes.ok,
      payload: { caseNumber: 1 },
    });
  });

  it('answers 404 to a path whose literal segment differs only by an escape', async () => {
    const reply = await wireRequest('POST', `/process/c%61se/${acme.token}/`, getCaseBody(0));
    expect(reply.statusLine).toBe('HTTP/1.1 404 Not Found');
  });
});
