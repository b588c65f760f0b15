// ProcessGraph -> positions, with dagre (a layered, Sugiyama-style layout: the start form on top,
// moves flowing down). Node sizes come from the text they show, estimated from character counts
// (no DOM to measure in Node): ids are set in a monospace font, so their width is exact.
import { dagreLayout, newDagreGraph } from './dagre-api.js';
import { clipped, lengthOf } from './display-text.js';
import type { GraphEdge, GraphNode, ProcessGraph } from './graph-model.js';
import { edgeLabel, nodeCaption, nodeName } from './labels.js';

/** A point of the picture, in pixels. */
export interface Point {
  /** Pixels from the picture's left edge. */
  readonly x: number;
  /** Pixels from the picture's top edge. */
  readonly y: number;
}

/** One line of text inside a node. */
export interface NodeLine {
  /** `caption`: what kind of form (start, final...); `id`: the form id; `name`: its display name. */
  readonly kind: 'caption' | 'id' | 'name';
  /** The text, on one line, cut to fit (the full text is in the tooltip). */
  readonly text: string;
  /** The baseline, from the node's top. */
  readonly y: number;
}

/** A node with its box (top-left corner and size) and its lines of text. */
export interface NodeLayout extends GraphNode {
  /** The box's left edge, in pixels from the picture's left. */
  readonly x: number;
  /** The box's top edge, in pixels from the picture's top. */
  readonly y: number;
  /** The box's width in pixels. */
  readonly width: number;
  /** The box's height in pixels. */
  readonly height: number;
  /** The lines of text the box shows, top to bottom. */
  readonly lines: readonly NodeLine[];
}

/** An edge's label: its text and box (top-left corner and size). */
export interface EdgeLabelLayout {
  /** The label's text, on one line. */
  readonly text: string;
  /** The label box's left edge, in pixels from the picture's left. */
  readonly x: number;
  /** The label box's top edge, in pixels from the picture's top. */
  readonly y: number;
  /** The label box's width in pixels. */
  readonly width: number;
  /** The label box's height in pixels. */
  readonly height: number;
}

/** An edge with the points of its line, from the source's border to the target's. */
export interface EdgeLayout extends GraphEdge {
  /** The line's points, from the source's border to the target's. */
  readonly points: readonly Point[];
  /** The label's text and box, when the edge has a label. */
  readonly label?: EdgeLabelLayout;
}

/** A laid-out graph: every node and edge with its geometry, and the picture's size. */
export interface GraphLayout {
  /** The graph that was laid out. */
  readonly graph: ProcessGraph;
  /** The picture's width in pixels. */
  readonly width: number;
  /** The picture's height in pixels. */
  readonly height: number;
  /** Every node with its box and lines of text. */
  readonly nodes: readonly NodeLayout[];
  /** Every edge with its line and label. */
  readonly edges: readonly EdgeLayout[];
}

/** Longest line a node shows, in characters; longer text is cut (in full in the tooltip). */
const MAX_LINE_CHARACTERS = 30;
const ID_CHAR_WIDTH = 7.9; // 13px monospace
const NAME_CHAR_WIDTH = 6.9; // 12px sans-serif, a generous average
const CAPTION_CHAR_WIDTH = 6.2; // 10px sans-serif, upper case
const LABEL_CHAR_WIDTH = 6.6; // 11px sans-serif
const PADDING_X = 14;
const MIN_NODE_WIDTH = 96;
const LINE_HEIGHT = { caption: 14, id: 18, name: 16 } as const;
const SELF_LOOP_REACH = 34;
const MARGIN = 16;

const round = (value: number): number => Math.round(value * 10) / 10;

function nodeLines(node: GraphNode): { lines: NodeLine[]; width: number; height: number } {
  const texts: { kind: NodeLine['kind']; text: string }[] = [];
  const caption = nodeCaption(node);
  if (caption !== undefined) texts.push({ kind: 'caption', text: caption.toUpperCase() });
  texts.push({ kind: 'id', text: clipped(node.formId, MAX_LINE_CHARACTERS) });
  const name = nodeName(node);
  if (name !== undefined) texts.push({ kind: 'name', text: clipped(name, MAX_LINE_CHARACTERS) });
  let y = 8;
  const lines = texts.map(({ kind, text }) => {
    y += LINE_HEIGHT[kind];
    return { kind, text, y: y - 4 };
  });
  const charWidth = { caption: CAPTION_CHAR_WIDTH, id: ID_CHAR_WIDTH, name: NAME_CHAR_WIDTH };
  const width = Math.max(
    MIN_NODE_WIDTH,
    ...lines.map((line) => Math.ceil(lengthOf(line.text) * charWidth[line.kind]) + 2 * PADDING_X),
  );
  return { lines, width, height: y + 8 };
}

/** A self-loop: out of the node's right side and back in, below. */
function selfLoopPoints(node: { x: number; y: number; width: number; height: number }): Point[] {
  const right = node.x + node.width;
  const top = node.y + node.height * 0.3;
  const bottom = node.y + node.height * 0.7;
  return [
    { x: right, y: top },
    { x: right + SELF_LOOP_REACH, y: top - 6 },
    { x: right + SELF_LOOP_REACH, y: bottom + 6 },
    { x: right, y: bottom },
  ].map((point) => ({ x: round(point.x), y: round(point.y) }));
}

/**
 * Lays out a process graph from top to bottom: positions of the nodes, the line of every edge and
 * the place of its label. Deterministic: the same graph gives the same numbers (rounded to 0.1 px).
 */
export function layoutProcessGraph(graph: ProcessGraph): GraphLayout {
  const layered = newDagreGraph();
  layered.setGraph({
    rankdir: 'TB',
    nodesep: 36,
    ranksep: 44,
    edgesep: 14,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  const sized = new Map(graph.nodes.map((node) => [node.id, nodeLines(node)]));
  const selfLooped = new Set(
    graph.edges.filter((edge) => edge.selfLoop).map((edge) => edge.source),
  );
  for (const node of graph.nodes) {
    const { width, height } = sized.get(node.id)!;
    // A self-loop is drawn on the right: reserve its room on both sides to keep the node centred.
    const reach = selfLooped.has(node.id) ? 2 * (SELF_LOOP_REACH + 8) : 0;
    layered.setNode(node.id, { width: width + reach, height });
  }
  const labels = new Map<string, string>();
  for (const edge of graph.edges) {
    const text = edgeLabel(edge);
    if (text !== undefined) labels.set(edge.id, text);
    if (edge.selfLoop) continue;
    layered.setEdge(
      edge.source,
      edge.target,
      text === undefined
        ? {}
        : { width: Math.ceil(lengthOf(text) * LABEL_CHAR_WIDTH) + 10, height: 18, labelpos: 'c' },
      edge.id,
    );
  }
  dagreLayout(layered);

  const nodes: NodeLayout[] = graph.nodes.map((node) => {
    const { lines, width, height } = sized.get(node.id)!;
    const center = layered.node(node.id);
    return {
      ...node,
      x: round(center.x - width / 2),
      y: round(center.y - height / 2),
      width,
      height,
      lines,
    };
  });
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  let width = layered.graph().width ?? 0;
  const height = layered.graph().height ?? 0;
  const edges: EdgeLayout[] = graph.edges.map((edge) => {
    const text = labels.get(edge.id);
    const labelWidth = text === undefined ? 0 : Math.ceil(lengthOf(text) * LABEL_CHAR_WIDTH) + 10;
    if (edge.selfLoop) {
      const node = nodeById.get(edge.source)!;
      const points = selfLoopPoints(node);
      const label =
        text === undefined
          ? undefined
          : {
              text,
              x: round(node.x + node.width + SELF_LOOP_REACH + 4),
              y: round(node.y + node.height / 2 - 9),
              width: labelWidth,
              height: 18,
            };
      if (label !== undefined) width = Math.max(width, label.x + label.width + MARGIN);
      return { ...edge, points, ...(label === undefined ? {} : { label }) };
    }
    const laid = layered.edge({ v: edge.source, w: edge.target, name: edge.id });
    const points = laid.points.map((point) => ({
      x: round(point.x),
      y: round(point.y),
    }));
    const label =
      text === undefined || laid.x === undefined || laid.y === undefined
        ? undefined
        : {
            text,
            x: round(laid.x - labelWidth / 2),
            y: round(laid.y - 9),
            width: labelWidth,
            height: 18,
          };
    return { ...edge, points, ...(label === undefined ? {} : { label }) };
  });
  return { graph, width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}
