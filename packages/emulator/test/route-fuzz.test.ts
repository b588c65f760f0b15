// Issue 18, item 1: `GET /_emulator/__proto__` ended the emulator (the page lookup read an inherited
// member of a plain object, and nothing caught what that threw). Against the shipped command with
// its dashboard (the bundled page included), every path shape and method gets a well-formed HTTP
// answer under 500 and the process keeps serving.
import { request, type OutgoingHttpHeaders } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, type RunningCli } from './helpers/cli-process.js';
import { acme } from './helpers/use-emulator.js';

/** Every member name a plain object inherits: each one a lookup by request data might hit. */
const inheritedNames = Object.getOwnPropertyNames(Object.prototype);

/** Every character percent-encoded (`__proto__` → `%5F%5Fproto%5F%5F`). */
const fullyEncoded = (text: string): string =>
  [...Buffer.from(text)]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');

/** Where request data meets a lookup: pages, the admin API, stored files and the API itself. */
const prefixes = [
  '/_emulator/',
  '/_emulator/api/',
  '/attachments/',
  '/',
  '/_emulator/api/master-data/',
];

let cli: RunningCli;

beforeAll(async () => {
  ensureBuilt();
  cli = await runCli(['--port', '0']);
});

afterAll(async () => {
  cli.child.kill('SIGTERM');
  await cli.exited;
});

/** A reply's status, or the error the connection failed with. */
type Outcome = { status: number } | { error: string };

/** Sends one request; an event stream (or any reply) counts once its status arrives. */
function send(method: string, path: string, body?: string): Promise<Outcome> {
  const { hostname, port } = new URL(cli.url);
  const headers: OutgoingHttpHeaders = { origin: cli.url };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(body);
  }
  return new Promise((resolve) => {
    const outgoing = request({ host: hostname, port, method, path, headers, agent: false });
    outgoing.on('response', (response) => {
      resolve({ status: response.statusCode ?? 0 });
      response.destroy();
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message }),
    );
    outgoing.end(body);
  });
}

/** The command still answers its dashboard's overview (it did not exit, it is not stuck). */
async function stillServing(): Promise<void> {
  expect(cli.child.exitCode, cli.output()).toBeNull();
  expect(await send('GET', '/_emulator/api/overview'), cli.output()).toEqual({ status: 200 });
}

describe('every route of the command, whatever the path segment and the method', () => {
  it.each(prefixes)(
    'answers 404 (not a crash) to each inherited member name under %s, plain and encoded',
    async (prefix) => {
      for (const name of inheritedNames) {
        for (const segment of [name, fullyEncoded(name)]) {
          const outcome = await send('GET', `${prefix}${segment}`);
          expect(outcome, `${prefix}${segment}\n${cli.output()}`).toHaveProperty('status');
          expect((outcome as { status: number }).status, `${prefix}${segment}`).toBeLessThan(500);
        }
      }
      await stillServing();
    },
  );

  it('answers the dashboard page /_emulator/__proto__ with 404 exactly', async () => {
    for (const name of inheritedNames) {
      expect(await send('GET', `/_emulator/${name}`), name).toEqual({ status: 404 });
    }
    await stillServing();
  });

  it('answers arbitrary segments, queries, methods and bodies with a status under 500', async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        ...inheritedNames,
        '',
        '.',
        '..',
        '%2e%2e',
        '%',
        '%zz',
        '%00',
        'events',
        'case',
        acme.token,
      ),
      fc.constantFrom(...inheritedNames).map(fullyEncoded),
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
      fc.string({ unit: 'binary', maxLength: 8 }).map(fullyEncoded),
    );
    const query = fc.option(
      fc
        .dictionary(
          fc.constantFrom(
            'companyId',
            'processId',
            'environment',
            'caseNumber',
            'table',
            'q',
            'status',
            'offset',
            'limit',
            'admin_token',
          ),
          fc.oneof(
            fc.constantFrom(...inheritedNames, acme.companyId, acme.process),
            fc.string({ maxLength: 6 }),
          ),
        )
        .map((members) => `?${new URLSearchParams(members).toString()}`),
      { nil: '' },
    );
    const method = fc.constantFrom(
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'OPTIONS',
      'PROPFIND',
      'TRACE',
    );
    const body = fc.option(
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
        fc
          .dictionary(
            fc.constantFrom(...inheritedNames, 'companyId', 'processId', 'index'),
            fc.jsonValue({ maxDepth: 1 }),
          )
          .map((value) =>
            JSON.stringify({ companyId: acme.companyId, processId: acme.process, ...value }),
          ),
      ),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        query,
        method,
        body,
        async (prefix, segments, search, verb, payload) => {
          const path = `${prefix}${segments.join('/')}${search}`;
          const outcome = await send(
            verb,
            path,
            verb === 'GET' || verb === 'HEAD' ? undefined : payload,
          );
          if (!('status' in outcome))
            throw new Error(`${verb} ${path}: ${outcome.error}\n${cli.output()}`);
          expect(outcome.status).toBeGreaterThanOrEqual(100);
          expect(outcome.status, `${verb} ${path}`).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
    await stillServing();
  });
});
