// One call for the common case: a definition (and optionally extensions and a case) as text.
import { buildProcessGraph, type BuildGraphOptions } from './build-graph.js';
import type { ProcessDefinitionInput } from './definition.js';
import { processGraphDot } from './dot.js';
import { layoutProcessGraph } from './layout.js';
import { processGraphMermaid } from './mermaid.js';
import { svgToString } from './svg-string.js';
import { processGraphSvg, type SvgOptions } from './svg-tree.js';

/** The text formats a process can be drawn in. */
export type GraphFormat = 'svg' | 'mermaid' | 'dot';

/** What to draw and how. */
export interface RenderOptions extends BuildGraphOptions {
  /** @default 'svg' */
  readonly format?: GraphFormat;
  /** SVG only. */
  readonly svg?: SvgOptions;
}

/**
 * A process definition drawn as SVG (laid out with dagre), Mermaid or DOT text. Every name from
 * the definition, the extensions and the case is escaped for the format. Deterministic.
 */
export function renderProcessGraph(
  definition: ProcessDefinitionInput,
  options: RenderOptions = {},
): string {
  const graph = buildProcessGraph(definition, options);
  switch (options.format ?? 'svg') {
    case 'mermaid':
      return processGraphMermaid(graph);
    case 'dot':
      return processGraphDot(graph);
    case 'svg':
      return svgToString(processGraphSvg(layoutProcessGraph(graph), options.svg));
  }
}
