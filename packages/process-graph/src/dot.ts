// ProcessGraph -> Graphviz DOT. Node ids are the graph's generated ids (`n0`); every name is
// written inside a double-quoted string with `\` and `"` escaped and line breaks as `\n`, so no
// name can end the string or be read as a Graphviz escape sequence (`\N`, `\G`...).
import { oneLine } from './display-text.js';
import type { GraphEdge, GraphNode, ProcessGraph } from './graph-model.js';
import { edgeDescription, edgeLabel, nodeCaption, nodeDescription, nodeName } from './labels.js';

/** A DOT double-quoted string: `\` and `"` escaped, line breaks as `\n`, other controls as spaces. */
export function quoteDot(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${escaped}"`;
}

const attributes = (pairs: Record<string, string | undefined>): string =>
  Object.entries(pairs)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');

function nodeStatement(node: GraphNode): string {
  const caption = nodeCaption(node);
  const name = nodeName(node);
  const label = [caption?.toUpperCase(), node.formId, name]
    .filter((line) => line !== undefined)
    .map(oneLine);
  const styles = [
    'rounded',
    'filled',
    ...(node.start ? ['bold'] : []),
    ...(!node.reachable && !node.start ? ['dashed'] : []),
  ];
  return `  ${node.id} [${attributes({
    label: quoteDot(label.join('\n')),
    tooltip: quoteDot(nodeDescription(node)),
    style: quoteDot(styles.join(',')),
    fillcolor: quoteDot(node.current ? '#fef3c7' : node.visited ? '#dbeafe' : '#f8fafc'),
    color: quoteDot(node.current ? '#b45309' : node.start ? '#15803d' : '#475569'),
    peripheries: node.terminal ? '2' : undefined,
    penwidth: node.start || node.current ? '2.5' : undefined,
  })}];`;
}

function edgeStatement(edge: GraphEdge): string {
  const label = edgeLabel(edge);
  const taken = edge.steps.length > 0;
  return `  ${edge.source} -> ${edge.target} [${attributes({
    label: label === undefined ? undefined : quoteDot(label),
    tooltip: quoteDot(edgeDescription(edge)),
    color: quoteDot(taken ? '#1d4ed8' : edge.extensions.length > 0 ? '#7c3aed' : '#64748b'),
    penwidth: taken ? '3' : undefined,
    style: edge.defined ? undefined : quoteDot('dashed'),
  })}];`;
}

/**
 * The graph in Graphviz DOT (`dot -Tsvg`), top to bottom, drawn as the SVG is: start form bold,
 * final forms with a double border, the case's steps thick and numbered. Deterministic.
 */
export function processGraphDot(graph: ProcessGraph): string {
  const title = graph.processId ?? graph.name;
  return [
    'digraph process {',
    `  graph [${attributes({
      rankdir: 'TB',
      label: title === undefined ? undefined : quoteDot(`Process ${title}`),
      labelloc: 't',
      fontname: quoteDot('Helvetica'),
    })}];`,
    `  node [${attributes({ shape: 'box', fontname: quoteDot('Helvetica'), fontsize: '12' })}];`,
    `  edge [${attributes({ fontname: quoteDot('Helvetica'), fontsize: '10' })}];`,
    ...graph.nodes.map(nodeStatement),
    ...graph.edges.map(edgeStatement),
    '}',
    '',
  ].join('\n');
}
