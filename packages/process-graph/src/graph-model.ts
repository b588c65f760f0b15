// The graph a process definition describes: forms as nodes, transitions as edges. Node and edge
// ids are generated (`n0`, `e0`), never taken from the definition, so that every output format
// can use them as identifiers without escaping; names only ever appear as escaped text.
import type { CaseStep } from './definition.js';

/** A form of the process. */
export interface GraphNode {
  /** Generated id (`n0`, `n1`...), in the definition's form order. */
  readonly id: string;
  /** The form's id in the definition (any text: escape it wherever it is written). */
  readonly formId: string;
  /** The form's display name, when the definition has one. */
  readonly name?: string;
  /** The start form: the definition's first. */
  readonly start: boolean;
  /** A final form: defined, and moves nowhere. */
  readonly terminal: boolean;
  /** False for a form a transition names but the definition does not define. */
  readonly defined: boolean;
  /** False when no path from the start form leads here. */
  readonly reachable: boolean;
  /** The case is at this form (waiting, or closed at a final form). */
  readonly current: boolean;
  /** The case passed through this form (or is at it). */
  readonly visited: boolean;
}

/** One time the case took a transition: its position in the case's path (1 = the first move). */
export interface GraphStep extends CaseStep {
  /** 1-based position of this step in the case's path. */
  readonly number: number;
}

/** A transition: `source` form -> `target` form. */
export interface GraphEdge {
  /** Generated id (`e0`, `e1`...), in the definition's order. */
  readonly id: string;
  /** The source node's id. */
  readonly source: string;
  /** The target node's id. */
  readonly target: string;
  /** The source form's id in the definition. */
  readonly sourceFormId: string;
  /** The target form's id in the definition. */
  readonly targetFormId: string;
  /** A form that may move to itself. */
  readonly selfLoop: boolean;
  /** False for a move the case made that the definition does not allow (the definition changed). */
  readonly defined: boolean;
  /** The URLs of the extensions this transition calls, in registration order. */
  readonly extensions: readonly string[];
  /** Each time the case took this transition, oldest first (empty without a case). */
  readonly steps: readonly GraphStep[];
}

/** A process as a graph. */
export interface ProcessGraph {
  /** The process id, when given. */
  readonly processId?: string;
  /** The process's display name, when given. */
  readonly name?: string;
  /** Forms, in definition order (then any undefined target, in order of first mention). */
  readonly nodes: readonly GraphNode[];
  /** Transitions, in definition order (then any the case took outside the definition). */
  readonly edges: readonly GraphEdge[];
  /** True when a case was given: its path is drawn. */
  readonly hasCase: boolean;
}
