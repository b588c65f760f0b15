// The part of dagre this package uses, typed. dagre 3.1.3's published declarations leave
// `graphlib` and `layout` as `any` (they point at files it does not ship), so the calls are
// checked against this instead.
import dagre from '@dagrejs/dagre';

/** A point dagre computed. */
interface DagrePoint {
  readonly x: number;
  readonly y: number;
}

/** A graphlib multigraph as dagre reads and annotates it. */
export interface DagreGraph {
  setGraph(label: Record<string, number | string>): void;
  setNode(id: string, label: { width: number; height: number }): void;
  setEdge(
    source: string,
    target: string,
    label: Record<string, number | string>,
    name: string,
  ): void;
  node(id: string): DagrePoint;
  edge(edge: { v: string; w: string; name: string }): {
    points: DagrePoint[];
    x?: number;
    y?: number;
  };
  graph(): { width?: number; height?: number };
}

const api = dagre as unknown as {
  graphlib: { Graph: new (options: { multigraph: boolean }) => DagreGraph };
  layout(graph: DagreGraph): void;
};

/** A new, empty multigraph. */
export const newDagreGraph = (): DagreGraph => new api.graphlib.Graph({ multigraph: true });

/** Lays the graph out in place: positions on its nodes, points on its edges. */
export const dagreLayout = (graph: DagreGraph): void => api.layout(graph);
