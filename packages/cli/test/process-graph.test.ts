// `blizwork process graph`: from a seed file, from the API (the emulator) with a case's path, in
// every format. The SVG parses as XML with the expected node ids; the Mermaid text parses with
// Mermaid's own parser for every seed process; the docs' picture is what the command draws.
import { defaultSeed } from '@blizwork/emulator';
import { DOMParser } from '@xmldom/xmldom';
import { parseHTML } from 'linkedom';
import type { Mermaid } from 'mermaid';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { processContext } from '../src/context.js';
import { run } from '../src/commands/process/graph.js';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const fixture = useCliEmulator();
const cli = (args: string[]) => runCli(args, { env: fixture.env });
const DOCS_SVG = fileURLToPath(new URL('../../../docs/assets/sales-process.svg', import.meta.url));

let seedFile: string;
beforeAll(() => {
  seedFile = join(tempDir(), 'seed.json');
  writeFileSync(seedFile, JSON.stringify(defaultSeed));
});

/** Every process version of the default seed: [processId, environment, forms]. */
const seedProcesses = (defaultSeed.processes ?? []).map(
  (process) => [process.processId, process.environment ?? 'production', process.forms] as const,
);

function parseSvg(text: string) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      errors.push(`${level}: ${message}`);
    },
  }).parseFromString(text, 'image/svg+xml');
  expect(errors).toEqual([]);
  return document;
}

const nodesOf = (document: ReturnType<typeof parseSvg>) =>
  Array.from(document.getElementsByTagName('g')).filter((g) => g.hasAttribute('data-node'));

describe('process graph', () => {
  it.each(seedProcesses)(
    'draws %s (%s) from a seed file as SVG that parses, with the node ids',
    async (processId, environment, forms) => {
      const run = await cli([
        'process',
        'graph',
        processId,
        '--seed',
        seedFile,
        '--env',
        environment,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const nodes = nodesOf(parseSvg(run.stdout));
      expect(nodes.map((node) => node.getAttribute('id'))).toEqual(forms.map((_, i) => `pg-n${i}`));
      expect(
        nodes.map(
          (node) =>
            Array.from(node.getElementsByTagName('text')).find(
              (text) => text.getAttribute('class') === 'pg-id',
            )?.textContent,
        ),
      ).toEqual(forms.map((form) => form.formId));
    },
  );

  describe('Mermaid', () => {
    let mermaid: Mermaid;
    beforeAll(async () => {
      // Mermaid sanitizes labels with DOMPurify, which needs a window: linkedom's, here only.
      const { window } = parseHTML('<!doctype html><html><body></body></html>');
      Object.assign(globalThis, { window, document: window.document });
      mermaid = (await import('mermaid')).default;
    });

    it.each(seedProcesses)(
      "draws %s (%s) as Mermaid that Mermaid's parser reads",
      async (processId, environment, forms) => {
        const run = await cli([
          'process',
          'graph',
          processId,
          '--seed',
          seedFile,
          '--env',
          environment,
          '--format',
          'mermaid',
        ]);
        expect(run.code, run.stderr).toBe(0);
        await expect(mermaid.parse(run.stdout)).resolves.toMatchObject({
          diagramType: 'flowchart-v2',
        });
        const diagram = await mermaid.mermaidAPI.getDiagramFromText(run.stdout);
        const db = diagram.db as unknown as {
          getVertices(): Map<string, unknown>;
          getEdges(): unknown[];
        };
        expect(db.getVertices().size).toBe(forms.length);
        expect(db.getEdges()).toHaveLength(
          forms.reduce((sum, form) => sum + form.nextFormIds.length, 0),
        );
      },
    );
  });

  it("highlights a case's path read from the API (the emulator) with include 3", async () => {
    const run = await cli(['process', 'graph', 'sales-process', '--case', '3']);
    expect(run.code, run.stderr).toBe(0);
    const document = parseSvg(run.stdout);
    const taken = Array.from(document.getElementsByTagName('g')).filter((g) =>
      (g.getAttribute('class') ?? '').split(' ').includes('pg-taken'),
    );
    expect(
      taken.map((g) => g.getElementsByTagName('title')[0]?.textContent?.split('\n')[0]),
    ).toEqual(['lead → qualification', 'qualification → won']);
    const current = nodesOf(document).filter((g) =>
      (g.getAttribute('class') ?? '').includes('pg-current'),
    );
    expect(current.map((g) => g.getAttribute('id'))).toEqual(['pg-n2']);

    const dot = await cli([
      'process',
      'graph',
      'sales-process',
      '--case',
      '3',
      '--format',
      'dot',
      '--json',
    ]);
    expect(dot.code, dot.stderr).toBe(0);
    const summary = JSON.parse(dot.stdout);
    expect(summary).toMatchObject({
      processId: 'sales-process',
      format: 'dot',
      forms: 4,
      transitions: 3,
      steps: 2,
    });
    expect(summary.text).toMatch(/^digraph process \{/);
  });

  it('a seeded case path, --out, and the usage errors', async () => {
    const out = join(tempDir(), 'graph.mmd');
    const written = await cli([
      'process',
      'graph',
      'sales-process',
      '--seed',
      seedFile,
      '--case',
      '2',
      '--format',
      'mermaid',
      '--out',
      out,
    ]);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('n0 ==>|"#35;1"| n1');
    const noSource = await cli(['process', 'graph', 'sales-process']);
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toContain('needs one source');
    const badFormat = await cli([
      'process',
      'graph',
      'sales-process',
      '--seed',
      seedFile,
      '--format',
      'png',
    ]);
    expect(badFormat.code).toBe(2);
    const noCase = await cli([
      'process',
      'graph',
      'sales-process',
      '--seed',
      seedFile,
      '--case',
      '99',
    ]);
    expect(noCase.code).toBe(1);
    expect(noCase.stderr).toContain('has no production case #99');
  });

  it('runs in process (run(options, context)) without a child process', async () => {
    const out = join(tempDir(), 'graph.dot');
    await run(
      { processId: 'sales-process', seed: seedFile, format: 'dot', out, json: true },
      processContext(),
    );
    expect(readFileSync(out, 'utf8')).toContain('n1 -> n2');
  });

  it('the README shows the Mermaid text the command draws for the default seed', async () => {
    const run = await cli([
      'process',
      'graph',
      'sales-process',
      '--seed',
      seedFile,
      '--format',
      'mermaid',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    expect(readme).toContain('```mermaid\n' + run.stdout + '```');
  });

  it("the guides' picture is what the command draws for the default seed (scripts/docs-graph.mjs)", async () => {
    const run = await cli(['process', 'graph', 'sales-process', '--seed', seedFile]);
    expect(run.code, run.stderr).toBe(0);
    expect(
      readFileSync(DOCS_SVG, 'utf8'),
      'run `pnpm --filter @blizwork/cli docs:graph` and commit docs/assets',
    ).toBe(run.stdout);
  });
});
