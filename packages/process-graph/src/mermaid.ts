// ProcessGraph -> a Mermaid flowchart (pastes into a GitHub README, issue or pull request).
// Node ids are the graph's generated ids (`n0`); every label is quoted, and every character
// outside a small safe set is written as a Mermaid entity code (`#34;`), so no name can close a
// quote, a shape or a link, start a comment, or be read as markup.
import { clipped, oneLine } from './display-text.js';
import type { GraphEdge, GraphNode, ProcessGraph } from './graph-model.js';
import { edgeLabel, nodeCaption, nodeName } from './labels.js';

const SAFE = /[A-Za-z0-9 _.,:/()+=@-]/;

/** Text for a quoted Mermaid label: safe characters as they are, the rest as `#<code point>;`. */
export function escapeMermaidText(text: string): string {
  let escaped = '';
  for (const character of oneLine(text)) {
    escaped += SAFE.test(character) ? character : `#${character.codePointAt(0)!};`;
  }
  return escaped;
}

const MAX_CHARACTERS = 60;

function nodeLabel(node: GraphNode): string {
  const caption = nodeCaption(node);
  const name = nodeName(node);
  return [
    caption === undefined ? undefined : escapeMermaidText(caption.toUpperCase()),
    escapeMermaidText(clipped(node.formId, MAX_CHARACTERS)),
    name === undefined ? undefined : escapeMermaidText(clipped(name, MAX_CHARACTERS)),
  ]
    .filter((line) => line !== undefined)
    .join('<br/>');
}

/** `n0(["..."])` for the start form (a stadium), `n1[["..."]]` for a final one, else a box. */
function nodeLine(node: GraphNode): string {
  const label = `"${nodeLabel(node)}"`;
  if (node.start) return `  ${node.id}([${label}])`;
  if (node.terminal) return `  ${node.id}[[${label}]]`;
  return `  ${node.id}[${label}]`;
}

function edgeLine(edge: GraphEdge): string {
  const arrow = edge.steps.length > 0 ? '==>' : edge.defined ? '-->' : '-.->';
  const label = edgeLabel(edge);
  const text = label === undefined ? '' : `|"${escapeMermaidText(label)}"|`;
  return `  ${edge.source} ${arrow}${text} ${edge.target}`;
}

const CLASS_STYLES: readonly [string, string, (node: GraphNode) => boolean][] = [
  ['start', 'stroke:#15803d,stroke-width:3px', (node) => node.start],
  ['final', 'stroke:#1e3a8a,stroke-width:2px', (node) => node.terminal],
  ['unreachable', 'stroke-dasharray:5 3', (node) => !node.reachable && !node.start],
  ['visited', 'fill:#dbeafe,color:#0f172a', (node) => node.visited && !node.current],
  ['current', 'fill:#fef3c7,stroke:#b45309,stroke-width:3px,color:#0f172a', (node) => node.current],
];

/**
 * The graph as a Mermaid flowchart, top to bottom: the start form as a stadium, final forms as
 * double-edged boxes, transitions as arrows (thick for the case's steps, dotted for a step outside
 * the definition) labelled with step numbers and extensions. Deterministic.
 */
export function processGraphMermaid(graph: ProcessGraph): string {
  const lines = ['flowchart TD', ...graph.nodes.map(nodeLine), ...graph.edges.map(edgeLine)];
  for (const [name, style, applies] of CLASS_STYLES) {
    const members = graph.nodes.filter(applies).map((node) => node.id);
    if (members.length === 0) continue;
    lines.push(`  classDef ${name} ${style}`, `  class ${members.join(',')} ${name}`);
  }
  graph.edges.forEach((edge, index) => {
    if (edge.steps.length > 0) lines.push(`  linkStyle ${index} stroke:#1d4ed8,stroke-width:3px`);
    else if (edge.extensions.length > 0) lines.push(`  linkStyle ${index} stroke:#7c3aed`);
  });
  return `${lines.join('\n')}\n`;
}
