import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { deriveSpec, SpecDerivationError, startEmulator } from '../src/index.js';
import { added, extendedSpec } from './helpers/extended-spec.js';
import { withOutput } from '../../../test-support/process-output.mjs';

const minimal = (paths: Record<string, unknown>, components: Record<string, unknown> = {}) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths,
  components,
});

describe('startEmulator({ spec })', () => {
  it('refuses a spec that is not a parsed document, saying to parse YAML first', async () => {
    await expect(startEmulator({ spec: 'openapi: 3.1.0' as never })).rejects.toThrow(
      new TypeError('spec must be a parsed OpenAPI document (an object); parse YAML first'),
    );
    await expect(startEmulator({ spec: { paths: {} } })).rejects.toThrow(SpecDerivationError);
  });

  it('refuses an operation without operationId, naming it', async () => {
    await expect(startEmulator({ spec: minimal({ '/x/{token}': { post: {} } }) })).rejects.toThrow(
      'POST /x/{token}: every operation needs an operationId',
    );
  });

  it('refuses a $ref that points nowhere, naming the operation and the ref', async () => {
    const spec = minimal({
      '/x/{token}': {
        post: { operationId: 'x', requestBody: { $ref: '#/components/requestBodies/Missing' } },
      },
    });
    await expect(startEmulator({ spec })).rejects.toThrow(
      "POST /x/{token} requestBody: $ref '#/components/requestBodies/Missing' points nowhere",
    );
  });

  it('refuses an operationId used twice', () => {
    const spec = minimal({
      '/a/{token}': { post: { operationId: 'same' } },
      '/b/{token}': { post: { operationId: 'same' } },
    });
    expect(() => deriveSpec(spec)).toThrow("POST /b/{token}: operationId 'same' is used twice");
  });

  it('answers 405 naming the methods of a path, and serves an operation without a body', async () => {
    const spec = minimal({
      '/ping/{token}': {
        get: {
          operationId: 'ping',
          responses: {
            '200': { description: 'ok', content: { 'application/json': { example: { pong: 1 } } } },
          },
        },
      },
    });
    const emulator = await startEmulator({ spec, log: () => undefined });
    try {
      const ok = await fetch(`${emulator.url}/ping/${emulator.token}`);
      expect([ok.status, await ok.json()]).toEqual([200, { pong: 1 }]);
      const refused = await fetch(`${emulator.url}/ping/${emulator.token}`, { method: 'POST' });
      expect([refused.status, refused.headers.get('allow')]).toEqual([405, 'GET']);
    } finally {
      await emulator.close();
    }
  });
});

describe('generate-spec-module.mjs on a spec with inline schemas and $refs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates the operation ids and body types instead of crashing', () => {
    const specFile = join(dir, 'spec.yaml');
    writeFileSync(specFile, stringify(extendedSpec()));
    const script = fileURLToPath(new URL('../scripts/generate-spec-module.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--spec', specFile, '--out', dir], {
      encoding: 'utf8',
    });
    const message = withOutput(
      'generate-spec-module.mjs',
      'its stdout and stderr',
      run.stdout + run.stderr,
    );
    expect(run.stderr, message).toBe('');
    expect(run.status, message).toBe(0);
    const specModule = readFileSync(join(dir, 'spec.gen.ts'), 'utf8');
    const bodies = readFileSync(join(dir, 'operation-bodies.gen.ts'), 'utf8');
    for (const { operationId } of Object.values(added)) {
      expect(specModule).toContain(`| "${operationId}"`);
      expect(bodies).toContain(`"${operationId}": Client.`);
    }
    expect(bodies).toContain(`"getProcessVersion": Client.GetProcessVersionData['body'];`);
  });
});
