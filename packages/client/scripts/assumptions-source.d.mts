// Types of assumptions-source.mjs, for the TypeScript tests and scripts that read it.

/** Where a fact or an assumption comes from. */
export declare const SOURCES: readonly ['documented', 'wrapper', 'inferred'];

/** One assumption as read from its definition, with the spec sites labelled with it. */
export interface AssumptionDefinition {
  id: string;
  kind: 'wire' | 'behaviour';
  source: 'documented' | 'wrapper' | 'inferred';
  reference: string;
  statement: string;
  reasoning: string;
  ifWrong: string;
  subjects: string[];
}

/** What `readAssumptions` found. */
export interface AssumptionsRead {
  assumptions: AssumptionDefinition[];
  pages: Record<string, { title: string; url: string }>;
  /** One line per missing or wrong label; empty when the spec is fully labelled. */
  problems: string[];
}

/** The committed spec and registry paths. */
export declare const defaultPaths: { spec: string; registry: string };

/** Reads and checks a parsed spec and a parsed registry. */
export declare function readAssumptions(input: {
  spec: unknown;
  registry: unknown;
}): AssumptionsRead;

/** Reads the committed (or the given) spec and registry files. */
export declare function readAssumptionFiles(paths?: {
  spec: string;
  registry: string;
}): AssumptionsRead;
