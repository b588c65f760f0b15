// createEmulator() needs code generation from strings (Ajv compiles each request schema with
// `new Function`): where a runtime forbids it (Cloudflare Workers, Vercel Edge, a strict
// Content-Security-Policy), it must say so plainly. The built-in spec is compiled once per module.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODE_GENERATION_REFUSED } from '../src/server/code-generation.js';
import { loadEmulatedSpec } from '../src/spec/emulated-spec.js';
import { ensureBuilt } from './helpers/cli-process.js';
import { extendedSpec } from './helpers/extended-spec.js';

const coreModule = join(fileURLToPath(new URL('..', import.meta.url)), 'dist/core.mjs');

/** Runs `createEmulator()` from the built core in a Node that refuses code generation. */
function createEmulatorWithoutCodeGeneration(): { status: number | null; report: string } {
  ensureBuilt();
  const script = `
    const { createEmulator } = await import(${JSON.stringify(pathToFileURL(coreModule).href)});
    try {
      createEmulator();
      console.log(JSON.stringify({ created: true }));
    } catch (error) {
      console.log(JSON.stringify({ name: error.name, message: error.message, cause: String(error.cause) }));
    }`;
  const child = spawnSync(
    process.execPath,
    ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script],
    { encoding: 'utf8', timeout: 30_000 },
  );
  return { status: child.status, report: child.stdout + child.stderr };
}

describe('createEmulator where code generation is forbidden', () => {
  it('throws an EvalError that names the reason and what to do, not a spec error', () => {
    const { status, report } = createEmulatorWithoutCodeGeneration();
    expect(status, report).toBe(0);
    expect(JSON.parse(report)).toEqual({
      name: 'EvalError',
      message: CODE_GENERATION_REFUSED,
      cause: expect.stringContaining('Code generation from strings disallowed') as unknown,
    });
    expect(CODE_GENERATION_REFUSED).toMatch(/Cloudflare Workers/);
    expect(CODE_GENERATION_REFUSED).toMatch(/startEmulator\(\)/);
  });
});

describe('the compiled spec', () => {
  it('is compiled once per module for the built-in spec', () => {
    expect(loadEmulatedSpec(undefined)).toBe(loadEmulatedSpec(undefined));
  });

  it('is compiled for each emulator given its own spec', () => {
    const spec = extendedSpec();
    const first = loadEmulatedSpec(spec);
    const second = loadEmulatedSpec(spec);
    expect(second).not.toBe(first);
    expect(first.validators.size).toBe(second.validators.size);
    expect(first).not.toBe(loadEmulatedSpec(undefined));
  });
});
