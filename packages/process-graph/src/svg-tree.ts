// GraphLayout -> a tree of SVG elements. The tree is data: `svgToString` writes it as text (the
// CLI's file, escaping every value), and the dashboard builds DOM elements from it (setAttribute
// and text nodes: nothing is parsed as markup). Element and attribute names are all written here;
// only attribute values and text carry names from the definition.
import { processGraphCss } from './graph-css.js';
import type { EdgeLayout, GraphLayout, NodeLayout, Point } from './layout.js';
import { edgeDescription, nodeDescription } from './labels.js';
import { oneLine } from './display-text.js';

/** An SVG element: tag, attributes (names written by this package), children (elements or text). */
export interface SvgElement {
  /** The element's name, e.g. `rect`. */
  readonly tag: string;
  /** The element's attributes, unescaped (the serializer escapes them). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Child elements and text nodes, in order (text unescaped). */
  readonly children: readonly (SvgElement | string)[];
}

/** How to draw the picture. */
export interface SvgOptions {
  /** Prefix of every `id` in the picture, so that several can share a page. @default 'pg-' */
  readonly idPrefix?: string;
  /** Embed the stylesheet (a standalone file). Off in pages that ship `processGraphCss` themselves. @default true */
  readonly embedStyle?: boolean;
  /**
   * Make nodes (and edges that carry a case step or an extension) keyboard-focusable, with an
   * accessible name: for a page that reacts to clicks and focus. @default false
   */
  readonly interactive?: boolean;
  /** The id (`e3`) of an edge to highlight. */
  readonly selectedEdgeId?: string;
  /** The picture's title (its accessible name). @default 'Process <processId>' */
  readonly title?: string;
}

const element = (
  tag: string,
  attributes: Record<string, string>,
  ...children: (SvgElement | string)[]
): SvgElement => ({ tag, attributes, children });

const title = (text: string): SvgElement => element('title', {}, text);

/** A smooth line through the points: straight to the first midpoint, then curves through the bends. */
function pathData(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (first === undefined) return '';
  const last = rest.pop();
  let data = `M${first.x} ${first.y}`;
  for (const [index, point] of rest.entries()) {
    const next = rest[index + 1] ?? last ?? point;
    data += ` Q${point.x} ${point.y} ${(point.x + next.x) / 2} ${(point.y + next.y) / 2}`;
  }
  if (last !== undefined) data += ` L${last.x} ${last.y}`;
  return data;
}

const classes = (...names: (string | false)[]): string => names.filter(Boolean).join(' ');

function nodeElement(
  node: NodeLayout,
  options: Required<Omit<SvgOptions, 'selectedEdgeId' | 'title'>>,
): SvgElement {
  const description = nodeDescription(node);
  return element(
    'g',
    {
      id: `${options.idPrefix}${node.id}`,
      class: classes(
        'pg-node',
        node.start && 'pg-start',
        node.terminal && 'pg-terminal',
        !node.reachable && !node.start && 'pg-unreachable',
        !node.defined && 'pg-undefined',
        node.visited && 'pg-visited',
        node.current && 'pg-current',
      ),
      'data-node': node.id,
      transform: `translate(${node.x} ${node.y})`,
      ...(options.interactive
        ? { tabindex: '0', role: 'button', 'aria-label': oneLine(description) }
        : {}),
    },
    title(description),
    element('rect', { width: String(node.width), height: String(node.height), rx: '8' }),
    ...(node.terminal
      ? [
          element('rect', {
            class: 'pg-inner',
            x: '3',
            y: '3',
            width: String(node.width - 6),
            height: String(node.height - 6),
            rx: '6',
          }),
        ]
      : []),
    ...node.lines.map((line) =>
      element(
        'text',
        {
          class: `pg-${line.kind}`,
          x: String(node.width / 2),
          y: String(line.y),
          'text-anchor': 'middle',
        },
        line.text,
      ),
    ),
  );
}

function edgeElement(
  edge: EdgeLayout,
  options: Required<Omit<SvgOptions, 'selectedEdgeId' | 'title'>>,
  selected: boolean,
): SvgElement {
  const taken = edge.steps.length > 0;
  const extended = edge.extensions.length > 0;
  const description = edgeDescription(edge);
  const marker = taken ? 'arrow-taken' : extended ? 'arrow-extended' : 'arrow';
  return element(
    'g',
    {
      id: `${options.idPrefix}${edge.id}`,
      class: classes(
        'pg-edge',
        taken && 'pg-taken',
        extended && 'pg-extended',
        !edge.defined && 'pg-undefined',
        selected && 'pg-selected',
      ),
      'data-edge': edge.id,
      ...(options.interactive && (taken || extended)
        ? { tabindex: '0', role: 'img', 'aria-label': oneLine(description) }
        : {}),
    },
    title(description),
    element('path', {
      d: pathData(edge.points),
      'marker-end': `url(#${options.idPrefix}${marker})`,
    }),
    ...(edge.label === undefined
      ? []
      : [
          element(
            'g',
            { class: 'pg-edge-label' },
            element('rect', {
              x: String(edge.label.x),
              y: String(edge.label.y),
              width: String(edge.label.width),
              height: String(edge.label.height),
              rx: '4',
            }),
            element(
              'text',
              {
                x: String(edge.label.x + edge.label.width / 2),
                y: String(edge.label.y + 13),
                'text-anchor': 'middle',
              },
              edge.label.text,
            ),
          ),
        ]),
  );
}

const arrowhead = (id: string, variant: string): SvgElement =>
  element(
    'marker',
    {
      id,
      viewBox: '0 0 10 10',
      refX: '9',
      refY: '5',
      markerWidth: '10',
      markerHeight: '10',
      markerUnits: 'userSpaceOnUse',
      orient: 'auto-start-reverse',
    },
    element('path', { d: 'M0 0L10 5L0 10z', class: `pg-arrowhead${variant}` }),
  );

/** The picture of a laid-out graph as an SVG element tree. */
export function processGraphSvg(layout: GraphLayout, options: SvgOptions = {}): SvgElement {
  const settings = {
    idPrefix: options.idPrefix ?? 'pg-',
    embedStyle: options.embedStyle ?? true,
    interactive: options.interactive ?? false,
  };
  const name = layout.graph.processId ?? layout.graph.name ?? '';
  const heading = options.title ?? `Process ${name}`.trim();
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'pg',
      width: String(layout.width),
      height: String(layout.height),
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'group',
      'aria-label': oneLine(heading),
    },
    title(heading),
    ...(settings.embedStyle ? [element('style', {}, processGraphCss)] : []),
    element(
      'defs',
      {},
      arrowhead(`${settings.idPrefix}arrow`, ''),
      arrowhead(`${settings.idPrefix}arrow-taken`, ' pg-arrowhead-taken'),
      arrowhead(`${settings.idPrefix}arrow-extended`, ' pg-arrowhead-extended'),
    ),
    element('rect', {
      class: 'pg-background',
      width: String(layout.width),
      height: String(layout.height),
    }),
    element(
      'g',
      { class: 'pg-edges' },
      ...layout.edges.map((edge) =>
        edgeElement(edge, settings, edge.id === options.selectedEdgeId),
      ),
    ),
    element('g', { class: 'pg-nodes' }, ...layout.nodes.map((node) => nodeElement(node, settings))),
  );
}
