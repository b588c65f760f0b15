// Every output format escapes what it did not write: hostile form names, extension URLs and case
// users render as text and change neither the structure nor the ids. Checked with real parsers:
// @xmldom/xmldom for SVG, Mermaid's own parser, and Graphviz itself (@viz-js/viz, WebAssembly).
import { DOMParser, type Element } from '@xmldom/xmldom';
import { instance } from '@viz-js/viz';
import { parseHTML } from 'linkedom';
import type { Mermaid } from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildProcessGraph,
  layoutProcessGraph,
  processGraphDot,
  processGraphMermaid,
  processGraphSvg,
  svgToString,
} from '../src/index.js';
import { HOSTILE_NAMES, hostileProcess } from './helpers/hostile-names.js';

const options = {
  extensions: [{ formId: '"]', url: 'https://hooks.test/"><script>alert(1)</script>' }],
  case: {
    steps: [{ formId: '"]', nextFormId: '-->', by: '</title><b>x', on: '"\n' }],
    currentFormId: '-->',
  },
};
const graph = buildProcessGraph(hostileProcess, options);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function parseXml(text: string) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      // U+FFFD is what the package writes for a character XML forbids: expected, not an error.
      if (!message.includes('replacement character')) errors.push(`${level}: ${message}`);
    },
  }).parseFromString(text, 'image/svg+xml');
  expect(errors, text.slice(0, 2000)).toEqual([]);
  return document;
}

const elements = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, tag: string) =>
  Array.from(root.getElementsByTagName(tag));

describe('SVG', () => {
  const text = svgToString(processGraphSvg(layoutProcessGraph(graph)));
  const document = parseXml(text);

  it('parses as XML, with only generated ids and no element the package did not write', () => {
    const ids = elements(document, '*')
      .map((element) => element.getAttribute('id'))
      .filter((id) => id !== null);
    expect(ids.sort()).toEqual(
      [
        'pg-arrow',
        'pg-arrow-extended',
        'pg-arrow-taken',
        ...graph.nodes.map((node) => `pg-${node.id}`),
        ...graph.edges.map((edge) => `pg-${edge.id}`),
      ].sort(),
    );
    const tags = new Set(elements(document, '*').map((element) => element.tagName));
    expect([...tags].sort()).toEqual([
      'defs',
      'g',
      'marker',
      'path',
      'rect',
      'style',
      'svg',
      'text',
      'title',
    ]);
    expect(
      elements(document, 'g').filter((g) => g.getAttribute('data-node') !== null),
    ).toHaveLength(HOSTILE_NAMES.length);
  });

  it('shows every name as text: one line in the node, in full in its tooltip', () => {
    for (const [index, formId] of HOSTILE_NAMES.entries()) {
      const node = document.getElementById(`pg-n${index}`)!;
      const lines = elements(node, 'text').map((text) => text.textContent);
      expect(lines).toContain(oneLine(formId).slice(0, 29));
      expect(elements(node, 'title')[0]!.textContent).toContain(
        `form ${formId} (${formId} (name))`,
      );
    }
    const edge = document.getElementById('pg-e0')!;
    expect(elements(edge, 'title')[0]!.textContent).toContain(
      'extension: https://hooks.test/"><script>alert(1)</script>',
    );
    expect(elements(edge, 'title')[0]!.textContent).toContain('step #1: </title><b>x on "\n');
  });

  it('keeps attribute values intact (aria-labels of an interactive picture)', () => {
    const interactive = parseXml(
      svgToString(processGraphSvg(layoutProcessGraph(graph), { interactive: true })),
    );
    expect(interactive.getElementById('pg-n0')!.getAttribute('aria-label')).toBe(
      'form "] ("] (name)) start',
    );
    expect(interactive.getElementById('pg-n4')!.getAttribute('aria-label')).toContain(
      'line break three',
    );
  });

  it('replaces characters XML forbids instead of writing an unreadable file', () => {
    const svg = svgToString(
      processGraphSvg(
        layoutProcessGraph(
          buildProcessGraph({ forms: [{ formId: 'a\u0001b\ud800', nextFormIds: [] }] }),
        ),
      ),
    );
    expect(parseXml(svg).getElementById('pg-n0')!.textContent).toContain('a\ufffdb\ufffd');
  });
});

describe('Mermaid', () => {
  let mermaid: Mermaid;
  beforeAll(async () => {
    // Mermaid sanitizes labels with DOMPurify, which needs a window: linkedom's, in this file only
    // (happy-dom's HTML parser drops a label's first line before <br/>, jsdom needs Node 22).
    const { window } = parseHTML('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window, document: window.document });
    mermaid = (await import('mermaid')).default;
  });

  it("parses with Mermaid's parser into exactly the graph's nodes and edges, names as text", async () => {
    const text = processGraphMermaid(graph);
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db as unknown as {
      getVertices(): Map<string, { text: string }>;
      getEdges(): { start: string; end: string; text: string }[];
    };
    expect([...db.getVertices().keys()]).toEqual(graph.nodes.map((node) => node.id));
    expect(db.getEdges().map((edge) => `${edge.start}->${edge.end}`)).toEqual(
      graph.edges.map((edge) => `${edge.source}->${edge.target}`),
    );
    // Mermaid keeps entity codes as placeholders until it renders: decode them to compare.
    const decode = (label: string) =>
      label.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code)));
    for (const [index, formId] of HOSTILE_NAMES.entries()) {
      const label = decode(db.getVertices().get(`n${index}`)!.text);
      expect(label.split(/<br\/?>/)).toContain(oneLine(formId));
    }
  });

  it('refuses nothing it should not: a bare quote in a label would have failed to parse', async () => {
    await expect(mermaid.parse('flowchart TD\n  n0["a"]"]\n')).rejects.toThrow();
  });
});

describe('DOT', () => {
  it('renders with Graphviz into exactly the graph, every name a label', async () => {
    const viz = await instance();
    const text = processGraphDot(graph);
    const result = viz.render(text, { format: 'json' });
    // (Graphviz warns that it has no font metrics for "→": not an error.)
    expect(result.errors.filter((error) => error.level === 'error')).toEqual([]);
    const json = JSON.parse(result.output!) as {
      objects: { name: string; label: string; tooltip?: string }[];
      edges: { tail: number; head: number }[];
    };
    expect(json.objects.map((object) => object.name)).toEqual(graph.nodes.map((node) => node.id));
    expect(json.edges).toHaveLength(graph.edges.length);
    // Graphviz's JSON keeps the label's escapes (\n between lines): split on them.
    for (const [index, formId] of HOSTILE_NAMES.entries()) {
      const lines = json.objects[index]!.label.split('\\n').map((line) =>
        line.replace(/\\(["\\])/g, '$1'),
      );
      expect(lines).toContain(oneLine(formId));
    }
    const svg = viz.render(text, { format: 'svg' });
    expect(svg.status).toBe('success');
    parseXml(svg.output!); // Graphviz's own SVG of the hostile names is well-formed too
  });
});
