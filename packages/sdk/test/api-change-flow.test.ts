// The whole "the API changed" flow, on a temporary copy of the spec (no committed file is touched):
// add an operation with an inline request body schema and an example reply, regenerate the client
// into a temporary folder with the repository's generator settings, compile a `bw.raw()` call to
// it with tsc (and watch a wrong body fail to compile), then call it against the emulator started
// on that spec. CONTRIBUTING.md describes the same steps for the real spec.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClient, type UserConfig } from '@hey-api/openapi-ts';
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BlizWork, BlizWorkError, type GeneratedOperation } from '../src/index.node.js';
import { rejectionOf } from './helpers/clients.js';

const repo = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The new operations: one with an example reply, one without (the emulator answers 501). */
function specWithNewOperations(): Record<string, unknown> {
  const spec = parse(readFileSync(repo('spec/blizwork.openapi.yaml'), 'utf8'));
  const operation = (operationId: string, example: unknown) => ({
    post: {
      operationId,
      summary: `${operationId} (added by the API-change flow test)`,
      description: 'Added by the API-change flow test.',
      tags: ['cases'],
      'x-blizwork-source': 'inferred',
      'x-blizwork-retry-safe': true,
      parameters: [{ $ref: '#/components/parameters/Token' }],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            // Inline, not a $ref: the most natural way to write a new operation.
            schema: {
              type: 'object',
              additionalProperties: false,
              required: ['userId', 'processId'],
              properties: {
                userId: { $ref: '#/components/schemas/UserId' },
                environment: { $ref: '#/components/schemas/Environment' },
                processId: { type: 'string', minLength: 1 },
              },
            },
            example: { userId: 'usuario@organizacion.com', processId: 'sales-process' },
          },
        },
      },
      responses: {
        '200': {
          description: 'The count.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['resultCode'],
                properties: {
                  resultCode: { type: 'integer' },
                  resultMessage: { type: 'string' },
                  payload: {
                    type: 'object',
                    required: ['count'],
                    properties: { count: { type: 'integer' } },
                  },
                },
              },
              ...(example === undefined ? {} : { example }),
            },
          },
        },
      },
    },
  });
  spec.paths['/process/case-count/{token}/'] = operation('countCases', {
    resultCode: 0,
    resultMessage: 'OK',
    payload: { count: 3 },
  });
  spec.paths['/process/case-archive/{token}/'] = operation('archiveCases', undefined);
  return spec;
}

const CALL = `import { BlizWork } from '@blizwork/sdk';
import { countCases } from './client/index.js';

export async function count(bw: BlizWork): Promise<number> {
  // userId and environment are filled in by raw(): the inline body schema has them.
  const reply = await bw.raw(countCases, { body: { processId: 'sales-process' } });
  const code: number = reply.resultCode;
  return code === 0 ? (reply.payload?.count ?? 0) : -1;
}
`;
const WRONG_CALL = `import { BlizWork } from '@blizwork/sdk';
import { countCases } from './client/index.js';

export const wrong = (bw: BlizWork) => bw.raw(countCases, { body: { processId: 42 } });
`;

let folder: string;
let spec: Record<string, unknown>;
let compile: { status: number | null; output: string };
let emulator: Emulator;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'blizwork-api-change-'));
  spec = specWithNewOperations();
  const specFile = join(folder, 'openapi.yaml');
  const clientFolder = join(folder, 'client');
  writeFileSync(specFile, stringify(spec));

  // The repository's generator settings, pointed at the temporary spec and folder.
  const configModule = pathToFileURL(repo('packages/client/openapi-ts.config.ts')).href;
  const config = (await (await import(configModule)).default) as UserConfig;
  const output = config.output as Exclude<UserConfig['output'], string>;
  await createClient({
    ...config,
    input: specFile,
    output: { ...output, path: clientFolder, postProcess: [] },
    logs: { level: 'silent' },
  });
  const metadata = spawnSync(
    process.execPath,
    [
      repo('packages/client/scripts/generate-operation-metadata.mjs'),
      '--spec',
      specFile,
      '--out',
      clientFolder,
    ],
    { encoding: 'utf8' },
  );
  expect(metadata.stderr).toBe('');
  writeFileSync(
    join(clientFolder, 'index.ts'),
    "export * from './operations.gen.js';\nexport type * from './types.gen.js';\n",
  );

  writeFileSync(join(folder, 'call.ts'), CALL);
  writeFileSync(join(folder, 'wrong-call.ts'), WRONG_CALL);
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM'],
        types: [],
        skipLibCheck: true,
        outDir: 'out',
        rootDir: '.',
        // As an application that installed @blizwork/sdk would see it: its built declarations.
        paths: { '@blizwork/sdk': [repo('packages/sdk/dist/index.d.mts')] },
      },
      include: ['call.ts', 'wrong-call.ts', 'client'],
    }),
  );
  // One compile: the errors must all be in wrong-call.ts; the client is emitted either way.
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], {
    cwd: folder,
    encoding: 'utf8',
  });
  compile = { status: result.status, output: result.stdout + result.stderr };

  emulator = await startEmulator({ spec, port: 0, log: () => {} });
  // Measured under `pnpm test:stress` (both cores busy, load average ~24 on a 2-core machine): this
  // hook took 58 to 64 s, 41 s of it in tsc, 9 s generating the client; 60 s was too little.
}, 180_000);

afterAll(async () => {
  await emulator?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The regenerated client's operations, as emitted by tsc. */
async function regenerated(): Promise<Record<string, GeneratedOperation>> {
  return import(pathToFileURL(join(folder, 'out', 'client', 'index.js')).href);
}

describe('the API-change flow', () => {
  it('compiles a bw.raw() call to the new operation, and refuses a wrong body', () => {
    const errors = compile.output.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors.length, compile.output).toBeGreaterThan(0);
    for (const error of errors)
      expect(error, compile.output).toMatch(/^wrong-call\.ts\(4,\d+\): error TS2322/);
  });

  it('describes the new operation from the temporary spec', async () => {
    const { countCases } = await regenerated();
    expect((countCases as unknown as Record<string, unknown>)['~blizwork']).toEqual({
      operationId: 'countCases',
      method: 'POST',
      path: '/process/case-count/{token}/',
      bodyMembers: ['environment', 'processId', 'userId'],
      retrySafe: true,
    });
  });

  it("resolves the spec's example reply from the emulator started on that spec", async () => {
    const { countCases } = await regenerated();
    const bw = new BlizWork(emulator.clientOptions);
    const reply = await bw.raw(countCases as GeneratedOperation, {
      body: { processId: 'sales-process' },
    });
    expect(reply).toEqual({ resultCode: 0, resultMessage: 'OK', payload: { count: 3 } });
  });

  it('rejects an operation without an example with a typed 501 error naming it', async () => {
    const { archiveCases } = await regenerated();
    const bw = new BlizWork(emulator.clientOptions);
    const error = await rejectionOf(
      bw.raw(archiveCases as GeneratedOperation, { body: { processId: 'sales-process' } }),
    );
    expect(error).toBeInstanceOf(BlizWorkError);
    const details = error as BlizWorkError & {
      status?: number;
      httpStatus?: number;
      bodyExcerpt?: string;
      resultMessage?: string;
    };
    expect(details.status ?? details.httpStatus).toBe(501);
    expect(details.resultMessage ?? details.bodyExcerpt).toContain('archiveCases');
  });
});
