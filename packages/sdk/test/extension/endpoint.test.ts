import { startEmulator, type Emulator } from '@blizwork/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointFromRequest } from '../../src/extension/endpoint.js';
import { BlizWork } from '../../src/index.node.js';
import { createExtensionHandler, type ExtensionHandlerOptions } from '../../src/extension/index.js';
import { genuineCall } from '../helpers/genuine-call.js';
import { postJson, serveHandlerAt, type HandlerServer } from '../helpers/handler-server.js';
import { postRawJson, rawPostHead, sendRaw } from '@blizwork/test-support/raw-socket';

const request = new Request('http://10.0.0.5:8080/hooks/won?x=1', {
  method: 'POST',
  headers: {
    'x-forwarded-proto': 'https, http',
    'x-forwarded-host': 'hooks.example.com',
    'x-forwarded-port': '443',
  },
});

describe('endpointFromRequest (the unsafe opt-in)', () => {
  it('uses the request URL and ignores X-Forwarded-* without trustProxy', () => {
    expect(endpointFromRequest(request, false)).toBe('http://10.0.0.5:8080/hooks/won?x=1');
  });
  it('honours X-Forwarded-* with trustProxy', () => {
    expect(endpointFromRequest(request, true)).toBe('https://hooks.example.com/hooks/won?x=1');
  });
  it('ignores a forwarded protocol other than http or https', () => {
    const odd = new Request('http://h.test/x', { headers: { 'x-forwarded-proto': 'javascript' } });
    expect(endpointFromRequest(odd, true)).toBe('http://h.test/x');
    // A special scheme the URL would accept is refused too: only http and https are endpoints.
    const ftp = new Request('http://h.test/x', { headers: { 'x-forwarded-proto': 'ftp' } });
    expect(endpointFromRequest(ftp, true)).toBe('http://h.test/x');
  });
  it('takes the first forwarded value of each header, trimmed', () => {
    const chained = new Request('http://10.0.0.5:8080/x', {
      headers: {
        'x-forwarded-proto': 'http , https',
        'x-forwarded-host': 'hooks.example.com , proxy.internal',
        'x-forwarded-port': '8443 , 443',
      },
    });
    expect(endpointFromRequest(chained, true)).toBe('http://hooks.example.com:8443/x');
  });
  it.each(['8443x', 'x8443', '844300', '-1', ''])(
    'ignores a forwarded port that is not 1 to 5 digits: %j',
    (port) => {
      const odd = new Request('http://h.test:8080/x', { headers: { 'x-forwarded-port': port } });
      expect(endpointFromRequest(odd, true)).toBe('http://h.test:8080/x');
    },
  );
  it('keeps the request host when no forwarded host is given', () => {
    const bare = new Request('http://h.test:8080/x', { headers: { 'x-forwarded-proto': 'https' } });
    expect(endpointFromRequest(bare, true)).toBe('https://h.test:8080/x');
  });
});

describe('createExtensionHandler endpoint options', () => {
  const client = new BlizWork({ token: 'unit-test-token', userId: 'ana@acme.test' });
  const build = (options: unknown) =>
    createExtensionHandler(client, () => undefined, options as ExtensionHandlerOptions);

  it('refuses to build a handler without publicUrl, naming the option', () => {
    expect(() => build({})).toThrow(TypeError);
    expect(() => build({})).toThrow(/publicUrl/);
    expect(() => build(undefined)).toThrow(/publicUrl/);
    expect(() => build({ trustProxy: true })).toThrow(/publicUrl/);
  });

  it('builds one with publicUrl, or with the explicit unsafe opt-in', () => {
    expect(build({ publicUrl: 'https://hooks.example.com/blizwork' })).toBeTypeOf('function');
    expect(build({ unsafeEndpointFromRequest: true })).toBeTypeOf('function');
  });

  it.each([
    ['a relative URL', '/blizwork', /absolute http\(s\) URL/],
    ['not a URL', 'hooks example', /absolute http\(s\) URL/],
    ['another scheme', 'ftp://hooks.example.com/x', /http: or https:/],
    ['a non-string', 42, /must be a string/],
  ])('refuses publicUrl as %s', (_label, publicUrl, message) => {
    expect(() => build({ publicUrl })).toThrow(message);
  });

  it('refuses a publicUrl with credentials without echoing them', () => {
    let caught: unknown;
    try {
      build({ publicUrl: 'https://hook-user:s3cret-pass@hooks.example.com/x' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(String(caught)).toMatch(/credentials/);
    expect(String(caught)).not.toMatch(/s3cret-pass|hook-user/);
  });

  it.each([
    ['a user name alone', 'https://hook-user@hooks.example.com/x', 'hook-user'],
    ['a password alone', 'https://:s3cret-pass@hooks.example.com/x', 's3cret-pass'],
  ])('refuses a publicUrl with %s, without echoing it', (_label, publicUrl, secret) => {
    expect(() => build({ publicUrl })).toThrow(/credentials/);
    expect(() => build({ publicUrl })).not.toThrow(new RegExp(secret));
  });

  it('refuses publicUrl together with unsafeEndpointFromRequest', () => {
    expect(() =>
      build({ publicUrl: 'https://hooks.example.com/x', unsafeEndpointFromRequest: true }),
    ).toThrow(/either publicUrl or unsafeEndpointFromRequest/);
  });
});

describe('the endpoint sent to validatecall cannot be chosen by the caller', () => {
  let emulator: Emulator;
  let bw: BlizWork;
  const servers: HandlerServer[] = [];
  let runs = 0;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    bw = new BlizWork({ ...emulator.clientOptions, maxRetries: 0 });
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await emulator.close();
  });

  async function serve(options: (base: string) => ExtensionHandlerOptions) {
    const server = await serveHandlerAt((base) =>
      createExtensionHandler(
        bw,
        () => {
          runs += 1;
          return { ran: true };
        },
        { logger: {}, ...options(base) },
      ),
    );
    servers.push(server);
    return server;
  }

  /** Sends a call to `server` with the Host header and path of the endpoint it was issued for. */
  const replayAs = (server: HandlerServer, endpoint: string, body: unknown) => {
    const issuedFor = new URL(endpoint);
    return postRawJson(server.port, {
      target: issuedFor.pathname,
      host: issuedFor.host,
      json: JSON.stringify(body),
    });
  };

  it('verifies against publicUrl, whatever Host and path the caller sends', async () => {
    const { body, endpoint } = await genuineCall(emulator, bw);
    const server = await serve((base) => ({ publicUrl: `${base}/hook` }));
    const reply = await replayAs(server, endpoint, body);
    expect(reply.status).toBe(401);
    expect(runs).toBe(0);
  });

  it('with unsafeEndpointFromRequest, derives it from Host (which is why it is unsafe)', async () => {
    const { body, endpoint } = await genuineCall(emulator, bw);
    const server = await serve(() => ({ unsafeEndpointFromRequest: true }));
    const reply = await replayAs(server, endpoint, body);
    expect(reply.status).toBe(200);
    expect(runs).toBe(1);
    runs = 0;
  });

  it('with unsafeEndpointFromRequest, honours X-Forwarded-* only when trustProxy is set', async () => {
    // The call was issued for the emulator-registered URL; the request arrives at another host,
    // as behind a proxy that forwards the original host in X-Forwarded-Host.
    const send = async (server: HandlerServer) => {
      const { body, endpoint } = await genuineCall(emulator, bw);
      const issuedFor = new URL(endpoint);
      return sendRaw(
        server.port,
        rawPostHead(issuedFor.pathname, [
          'host: proxy.internal:9',
          `x-forwarded-host: ${issuedFor.host}`,
          'x-forwarded-proto: http',
          `content-length: ${Buffer.byteLength(JSON.stringify(body))}`,
        ]),
        [JSON.stringify(body)],
      );
    };
    const trusting = await serve(() => ({ unsafeEndpointFromRequest: true, trustProxy: true }));
    const reply = await send(trusting);
    expect(reply.status).toBe(200);
    expect(runs).toBe(1);
    const distrusting = await serve(() => ({ unsafeEndpointFromRequest: true }));
    const refused = await send(distrusting);
    expect(refused.status).toBe(401);
    expect(runs).toBe(1);
    runs = 0;
  });

  it.each([
    ['an absolute-form target', (endpoint: string) => endpoint],
    ['a //host/path target', (endpoint: string) => endpoint.replace(/^http:/, '')],
  ])(
    'answers 400 to %s, even with unsafeEndpointFromRequest, and spends no token',
    async (_label, targetOf) => {
      const { body, endpoint } = await genuineCall(emulator, bw);
      const server = await serve(() => ({ unsafeEndpointFromRequest: true }));
      const reply = await postRawJson(server.port, {
        target: targetOf(endpoint),
        host: `127.0.0.1:${server.port}`,
        json: JSON.stringify(body),
      });
      expect(reply.status).toBe(400);
      expect(reply.text).toContain('request target must be a path');
      expect(runs).toBe(0);
      // The token is still unspent: the endpoint it was issued for can still verify it.
      const genuine = await serve(() => ({ publicUrl: endpoint }));
      expect(await postJson(`${genuine.url}/hook`, body)).toEqual({
        status: 200,
        body: { ran: true },
      });
      runs = 0;
    },
  );
});
