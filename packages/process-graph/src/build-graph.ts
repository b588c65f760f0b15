// Definition (+ extensions, + a case) -> ProcessGraph.
import type { CaseInput, GraphExtensionInput, ProcessDefinitionInput } from './definition.js';
import type { GraphEdge, GraphNode, GraphStep, ProcessGraph } from './graph-model.js';

/** What to draw besides the definition. */
export interface BuildGraphOptions {
  /** Extensions registered on the process: each is shown on the edges it fires on. */
  readonly extensions?: readonly GraphExtensionInput[];
  /** A case: the transitions it took are marked, and the form it is at. */
  readonly case?: CaseInput;
}

interface MutableNode {
  id: string;
  formId: string;
  name?: string;
  defined: boolean;
  next: string[];
}

const transitionKey = (from: string, to: string): string => JSON.stringify([from, to]);

/**
 * The graph of a process definition: one node per form (the first is the start form; a form that
 * moves nowhere is terminal), one edge per allowed transition (a repeated next form counts once),
 * extensions on the edges they fire on, and, with a case, the steps it took on each edge. A next
 * form the definition does not define becomes a node marked `defined: false`; a step the case took
 * outside the definition becomes an edge marked `defined: false`. Deterministic: the same input
 * gives the same graph, in definition order.
 */
export function buildProcessGraph(
  definition: ProcessDefinitionInput,
  options: BuildGraphOptions = {},
): ProcessGraph {
  const byFormId = new Map<string, MutableNode>();
  const nodeOf = (formId: string, defined: boolean): MutableNode => {
    let node = byFormId.get(formId);
    if (node === undefined) {
      node = { id: `n${byFormId.size}`, formId, defined, next: [] };
      byFormId.set(formId, node);
    }
    return node;
  };
  for (const form of definition.forms) {
    if (byFormId.has(form.formId)) continue; // a repeated form id: the first definition wins
    const node = nodeOf(form.formId, true);
    if (form.name !== undefined && form.name !== '') node.name = form.name;
    node.next = [...new Set(form.nextFormIds)];
  }
  const edgeList: { source: MutableNode; target: MutableNode; defined: boolean }[] = [];
  const edgeKeys = new Map<string, number>();
  const addEdge = (source: MutableNode, targetFormId: string, defined: boolean): void => {
    const key = transitionKey(source.formId, targetFormId);
    if (edgeKeys.has(key)) return;
    edgeKeys.set(key, edgeList.length);
    edgeList.push({ source, target: nodeOf(targetFormId, false), defined });
  };
  for (const node of [...byFormId.values()]) {
    for (const next of node.next) addEdge(node, next, true);
  }
  const steps = options.case?.steps ?? [];
  for (const step of steps) addEdge(nodeOf(step.formId, false), step.nextFormId, false);

  const stepsByEdge = new Map<number, GraphStep[]>();
  steps.forEach((step, position) => {
    const index = edgeKeys.get(transitionKey(step.formId, step.nextFormId))!;
    stepsByEdge.set(index, [...(stepsByEdge.get(index) ?? []), { ...step, number: position + 1 }]);
  });
  const reachable = reachableFrom(definition.forms[0]?.formId, edgeList);
  const visited = new Set(steps.flatMap((step) => [step.formId, step.nextFormId]));
  const currentFormId = options.case?.currentFormId;
  if (currentFormId !== undefined) visited.add(currentFormId);
  const startFormId = definition.forms[0]?.formId;

  const nodes: GraphNode[] = [...byFormId.values()].map((node) => ({
    id: node.id,
    formId: node.formId,
    ...(node.name === undefined ? {} : { name: node.name }),
    start: node.formId === startFormId,
    terminal: node.defined && node.next.length === 0,
    defined: node.defined,
    reachable: reachable.has(node.formId),
    current: node.formId === currentFormId,
    visited: visited.has(node.formId),
  }));
  const extensions = options.extensions ?? [];
  const edges: GraphEdge[] = edgeList.map(({ source, target, defined }, index) => ({
    id: `e${index}`,
    source: source.id,
    target: target.id,
    sourceFormId: source.formId,
    targetFormId: target.formId,
    selfLoop: source === target,
    defined,
    extensions: extensions
      .filter(
        (extension) =>
          (extension.formId === undefined || extension.formId === source.formId) &&
          (extension.nextFormId === undefined || extension.nextFormId === target.formId),
      )
      .map((extension) => extension.url),
    steps: stepsByEdge.get(index) ?? [],
  }));
  return {
    ...(definition.processId === undefined ? {} : { processId: definition.processId }),
    ...(definition.name === undefined || definition.name === '' ? {} : { name: definition.name }),
    nodes,
    edges,
    hasCase: options.case !== undefined,
  };
}

/** The forms reachable from the start form through the definition's transitions. */
function reachableFrom(
  startFormId: string | undefined,
  edges: readonly { source: MutableNode; target: MutableNode; defined: boolean }[],
): Set<string> {
  const seen = new Set<string>();
  if (startFormId === undefined) return seen;
  const pending = [startFormId];
  while (pending.length > 0) {
    const formId = pending.pop()!;
    if (seen.has(formId)) continue;
    seen.add(formId);
    for (const edge of edges) {
      if (edge.defined && edge.source.formId === formId) pending.push(edge.target.formId);
    }
  }
  return seen;
}
