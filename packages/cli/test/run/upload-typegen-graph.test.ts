// upload, typegen and process graph as run(options, context), in process, against an emulator.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as drawGraph } from '../../src/commands/process/graph.js';
import { run as typegen } from '../../src/commands/typegen/index.js';
import { run as upload } from '../../src/commands/upload/index.js';
import { useCliEmulator } from '../helpers/cli-emulator.js';
import { tempDir } from '../helpers/run-cli.js';
import { runWith } from '../helpers/run-context.js';

const fixture = useCliEmulator();

describe('upload run()', () => {
  it('uploads a file and prints its name and URL; a file over maxBytes is exit 2', async () => {
    const path = join(tempDir(), 'quote.txt');
    writeFileSync(path, 'a quote');
    const result = await runWith(upload, { path, json: true }, fixture.env);
    expect(result.code, result.stderr).toBe(0);
    const stored = JSON.parse(result.stdout);
    expect(stored.fileName).toBe('quote.txt');
    expect(stored.fileUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const tooBig = await runWith(upload, { path, maxBytes: 3 }, fixture.env);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stdout).toBe('');
  });
});

describe('typegen run()', () => {
  it('writes the types from a case, --check passes; a stale file fails --check (exit 1)', async () => {
    const out = join(tempDir(), 'blizwork.gen.ts');
    const options = { processIds: ['sales-process'], fromCase: '1', out };
    const written = await runWith(typegen, { ...options, json: true }, fixture.env);
    expect(written.code, written.stderr).toBe(0);
    expect(JSON.parse(written.stdout)).toEqual({
      out,
      processes: ['sales-process'],
      changed: true,
    });
    expect(readFileSync(out, 'utf8')).toContain('sales-process');
    const check = await runWith(typegen, { ...options, check: true }, fixture.env);
    expect(check).toEqual({ code: 0, stdout: `${out} is up to date.\n`, stderr: '' });
    writeFileSync(out, '// stale\n');
    const stale = await runWith(typegen, { ...options, check: true }, fixture.env);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('is out of date with the process definitions');
    expect(readFileSync(out, 'utf8')).toBe('// stale\n');
  });

  it('without a source: exit 2', async () => {
    const result = await runWith(
      typegen,
      { processIds: ['sales-process'], out: join(tempDir(), 'x.ts') },
      fixture.env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('typegen needs one source');
  });
});

describe('process graph run()', () => {
  it("draws a case's path read from the API as Mermaid on the context stdout", async () => {
    const result = await runWith(
      drawGraph,
      { processId: 'sales-process', case: '2', format: 'mermaid', json: true },
      fixture.env,
    );
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ processId: 'sales-process', format: 'mermaid', forms: 4 });
    expect(printed.text).toMatch(/^flowchart/);
  });
});
