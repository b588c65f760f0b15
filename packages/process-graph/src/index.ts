// @blizwork/process-graph: a BlizWork process definition as a picture. One role: definition ->
// graph -> positions -> SVG (or Mermaid, or DOT), shared by the emulator's dashboard and the CLI.
export type {
  CaseInput,
  CaseStep,
  GraphExtensionInput,
  GraphFormInput,
  ProcessDefinitionInput,
} from './definition.js';
export type { GraphEdge, GraphNode, GraphStep, ProcessGraph } from './graph-model.js';
export { buildProcessGraph, type BuildGraphOptions } from './build-graph.js';
export { caseStepsFromHistory, type HistoryEntryInput } from './case-path.js';
export {
  layoutProcessGraph,
  type EdgeLabelLayout,
  type EdgeLayout,
  type GraphLayout,
  type NodeLayout,
  type NodeLine,
  type Point,
} from './layout.js';
export { processGraphSvg, type SvgElement, type SvgOptions } from './svg-tree.js';
export { svgToString } from './svg-string.js';
export { processGraphCss } from './graph-css.js';
export { processGraphMermaid, escapeMermaidText } from './mermaid.js';
export { processGraphDot, quoteDot } from './dot.js';
export { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';
export { renderProcessGraph, type GraphFormat, type RenderOptions } from './render.js';
