// The words a picture shows for each node and edge: one place, so that SVG, Mermaid and DOT agree.
import type { GraphEdge, GraphNode } from './graph-model.js';
import { oneLine } from './display-text.js';

/** The small caption above a node's id: what kind of form it is (not shown by colour alone). */
export function nodeCaption(node: GraphNode): string | undefined {
  const parts = [
    node.start ? 'start' : undefined,
    node.terminal ? 'final' : undefined,
    node.defined ? undefined : 'not defined',
    node.reachable || node.start ? undefined : 'unreachable',
    node.current ? 'case here' : undefined,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(' · ');
}

/** The display name line of a node, when it differs from its id. */
export const nodeName = (node: GraphNode): string | undefined =>
  node.name === undefined || oneLine(node.name) === oneLine(node.formId) ? undefined : node.name;

/** The text on an edge: the step numbers of the case's path, and its extensions. */
export function edgeLabel(edge: GraphEdge): string | undefined {
  const parts: string[] = [];
  if (edge.steps.length > 0) parts.push(edge.steps.map((step) => `#${step.number}`).join(', '));
  if (edge.extensions.length > 0) {
    parts.push(
      edge.extensions.length === 1 ? '⚡ extension' : `⚡ ${edge.extensions.length} extensions`,
    );
  }
  return parts.length === 0 ? undefined : parts.join('  ');
}

/** A node's full description (tooltips, accessible names): every name in full, on its lines. */
export function nodeDescription(node: GraphNode): string {
  const caption = nodeCaption(node);
  return [
    `form ${node.formId}${node.name === undefined ? '' : ` (${node.name})`}`,
    ...(caption === undefined ? [] : [caption]),
  ].join('\n');
}

/** An edge's full description: the move, its extensions, and who took it and when. */
export function edgeDescription(edge: GraphEdge): string {
  return [
    `${edge.sourceFormId} → ${edge.targetFormId}${edge.defined ? '' : ' (not in the definition)'}`,
    ...edge.extensions.map((url) => `extension: ${url}`),
    ...edge.steps.map(
      (step) =>
        `step #${step.number}: ${step.by ?? 'someone'}${step.on === undefined ? '' : ` on ${step.on}`}`,
    ),
  ].join('\n');
}
