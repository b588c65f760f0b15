import { describe, expect, it } from 'vitest';
import { buildProcessGraph, caseStepsFromHistory, layoutProcessGraph } from '../src/index.js';

const sales = {
  processId: 'sales-process',
  forms: [
    { formId: 'lead', nextFormIds: ['qualification'] },
    { formId: 'qualification', nextFormIds: ['won', 'lost'] },
    { formId: 'won', nextFormIds: [] },
    { formId: 'lost', nextFormIds: [] },
  ],
};

describe('buildProcessGraph', () => {
  it('makes one node per form (start and final marked) and one edge per transition, with generated ids', () => {
    const graph = buildProcessGraph(sales);
    expect(graph.nodes.map((node) => [node.id, node.formId, node.start, node.terminal])).toEqual([
      ['n0', 'lead', true, false],
      ['n1', 'qualification', false, false],
      ['n2', 'won', false, true],
      ['n3', 'lost', false, true],
    ]);
    expect(graph.edges.map((edge) => [edge.id, edge.source, edge.target])).toEqual([
      ['e0', 'n0', 'n1'],
      ['e1', 'n1', 'n2'],
      ['e2', 'n1', 'n3'],
    ]);
    expect(graph.nodes.every((node) => node.reachable && node.defined)).toBe(true);
    expect(graph.hasCase).toBe(false);
  });

  it('handles cycles, self-loops, unreachable forms, forms without transitions and repeats', () => {
    const graph = buildProcessGraph({
      forms: [
        { formId: 'draft', nextFormIds: ['review'] },
        { formId: 'review', nextFormIds: ['draft', 'review', 'approved', 'approved'] },
        { formId: 'approved', nextFormIds: [] },
        { formId: 'orphan', nextFormIds: ['approved'] },
        { formId: 'lonely', nextFormIds: [] },
        { formId: 'draft', nextFormIds: ['lonely'] }, // a repeated form id: the first wins
      ],
    });
    const byForm = new Map(graph.nodes.map((node) => [node.formId, node]));
    expect(graph.nodes).toHaveLength(5);
    expect(graph.edges.map((edge) => `${edge.sourceFormId}->${edge.targetFormId}`)).toEqual([
      'draft->review',
      'review->draft',
      'review->review',
      'review->approved',
      'orphan->approved',
    ]);
    expect(graph.edges.find((edge) => edge.selfLoop)?.sourceFormId).toBe('review');
    expect(byForm.get('orphan')).toMatchObject({ reachable: false, terminal: false });
    expect(byForm.get('lonely')).toMatchObject({ reachable: false, terminal: true });
    expect(byForm.get('approved')).toMatchObject({ reachable: true, terminal: true });
    // a cycle and a self-loop lay out (dagre breaks cycles itself)
    const layout = layoutProcessGraph(graph);
    expect(layout.edges.every((edge) => edge.points.length >= 2)).toBe(true);
  });

  it('marks an undefined next form as a node of its own, not as a crash', () => {
    const graph = buildProcessGraph({ forms: [{ formId: 'a', nextFormIds: ['ghost'] }] });
    expect(graph.nodes[1]).toMatchObject({ formId: 'ghost', defined: false, terminal: false });
  });

  it('puts extensions on the edges they fire on', () => {
    const graph = buildProcessGraph(sales, {
      extensions: [
        { formId: 'qualification', nextFormId: 'won', url: 'https://hooks.test/won' },
        { formId: 'qualification', url: 'https://hooks.test/any-exit' },
        { url: 'https://hooks.test/every-move' },
        { formId: 'lead', nextFormId: 'won', url: 'https://hooks.test/never' },
      ],
    });
    expect(
      Object.fromEntries(graph.edges.map((edge) => [edge.targetFormId, edge.extensions])),
    ).toEqual({
      qualification: ['https://hooks.test/every-move'],
      won: [
        'https://hooks.test/won',
        'https://hooks.test/any-exit',
        'https://hooks.test/every-move',
      ],
      lost: ['https://hooks.test/any-exit', 'https://hooks.test/every-move'],
    });
  });

  it("marks a case's path: numbered steps with who and when, visited forms, the current form", () => {
    const steps = caseStepsFromHistory([
      {
        currentActivity: { formId: '' },
        nextActivity: { formId: 'lead' },
        updatedBy: 'ana',
        updatedOn: 't0',
      },
      {
        currentActivity: { formId: 'lead' },
        nextActivity: { formId: 'qualification' },
        updatedBy: 'ana',
        updatedOn: 't1',
      },
      {
        currentActivity: { formId: 'qualification' },
        nextActivity: { formId: 'lead' },
        updatedBy: 'bob',
        updatedOn: 't2',
      },
      {
        currentActivity: { formId: 'lead' },
        nextActivity: { formId: 'qualification' },
        updatedBy: 'ana',
        updatedOn: 't3',
      },
      { nextActivity: { formId: 'x' } },
    ]);
    expect(steps).toHaveLength(3);
    const graph = buildProcessGraph(sales, { case: { steps, currentFormId: 'qualification' } });
    expect(graph.hasCase).toBe(true);
    expect(graph.edges[0]!.steps).toEqual([
      { formId: 'lead', nextFormId: 'qualification', by: 'ana', on: 't1', number: 1 },
      { formId: 'lead', nextFormId: 'qualification', by: 'ana', on: 't3', number: 3 },
    ]);
    // qualification -> lead is not in the definition: drawn, marked undefined
    const stray = graph.edges.find(
      (edge) => edge.sourceFormId === 'qualification' && edge.targetFormId === 'lead',
    );
    expect(stray).toMatchObject({ defined: false, steps: [{ by: 'bob', number: 2 }] });
    expect(graph.nodes.filter((node) => node.visited).map((node) => node.formId)).toEqual([
      'lead',
      'qualification',
    ]);
    expect(graph.nodes.filter((node) => node.current).map((node) => node.formId)).toEqual([
      'qualification',
    ]);
  });
});

describe('layoutProcessGraph', () => {
  it('is deterministic: the same definition gives the same layout', () => {
    const forms = Array.from({ length: 30 }, (_, i) => ({
      formId: `form-${i}`,
      nextFormIds: [`form-${(i + 1) % 30}`, `form-${(i * 7) % 30}`],
    }));
    const first = JSON.stringify(layoutProcessGraph(buildProcessGraph({ forms })));
    expect(JSON.stringify(layoutProcessGraph(buildProcessGraph({ forms })))).toBe(first);
  });

  it('puts the start form on top and every node inside the picture, without overlaps', () => {
    const layout = layoutProcessGraph(buildProcessGraph(sales));
    const [start, ...others] = layout.nodes;
    for (const node of others) expect(node.y).toBeGreaterThan(start!.y + start!.height);
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
      for (const other of layout.nodes) {
        if (other === node) continue;
        const apart =
          node.x + node.width <= other.x ||
          other.x + other.width <= node.x ||
          node.y + node.height <= other.y ||
          other.y + other.height <= node.y;
        expect(apart, `${node.formId} overlaps ${other.formId}`).toBe(true);
      }
    }
  });
});
