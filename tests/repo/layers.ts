// The layers of every workspace package, declared once. `test/layering.test.ts` reads this file:
// each source file under a package's `src/` belongs to exactly one layer, imports (type-only ones
// included) only go from a layer to itself or to a layer below it, and no import forms a cycle.
// A new file or folder must be placed here; that is the point: its place in the design is decided
// in review, not by whichever import happened to be written first.

/** One layer: the paths under the package's `src/` it holds (a folder ends with `/`). */
export interface Layer {
  readonly name: string;
  readonly paths: readonly string[];
}

/** A cycle the test tolerates for now: every file of the reported cycle is one of `files`. */
export interface KnownCycle {
  /** Why it is still there and what removes it (an issue number). */
  readonly reason: string;
  /** Paths under the package's `src/` (a folder ends with `/`). */
  readonly files: readonly string[];
}

/** A workspace package's layers, from the top (entry points) to the bottom (imports nothing above). */
export interface PackageLayers {
  /** The package's folder, relative to the repository root. */
  readonly root: string;
  readonly layers: readonly Layer[];
  readonly knownCycles?: readonly KnownCycle[];
}

export const PACKAGE_LAYERS: readonly PackageLayers[] = [
  {
    root: 'packages/sdk',
    layers: [
      { name: 'entries', paths: ['index.ts', 'index.node.ts'] },
      // `@blizwork/sdk/otel`: instruments a client from outside, through the instrumentation seam.
      { name: 'otel', paths: ['otel/'] },
      { name: 'extension', paths: ['extension/'] },
      { name: 'client', paths: ['client/'] },
      { name: 'resources', paths: ['typed-process.ts', 'resources/'] },
      { name: 'internal', paths: ['internal/'] },
      {
        name: 'foundation',
        paths: [
          'errors/',
          'rate-limit/',
          'types.ts',
          'options-types.ts',
          'hooks-types.ts',
          'operation-types.ts',
          'version.ts',
        ],
      },
    ],
  },
  {
    root: 'packages/client',
    layers: [
      { name: 'entry', paths: ['index.ts', 'openapi-ts-config.ts'] },
      { name: 'generated', paths: ['generated/'] },
    ],
    knownCycles: [
      {
        reason:
          "hey-api's client core as @hey-api/openapi-ts emits it (types.gen.ts <-> utils.gen.ts); " +
          'generated code is never edited by hand.',
        files: ['generated/client/'],
      },
    ],
  },
  {
    // The emulator: a transport-free core under a Node server (issue 21, "The emulator's layout").
    root: 'packages/emulator',
    layers: [
      { name: 'entries', paths: ['index.ts', 'core.ts', 'cli.ts'] },
      { name: 'entry modules', paths: ['core-api.ts', 'cli/'] },
      // Options, the in-process core (`createEmulator`) and the Node server (`startEmulator`).
      { name: 'server', paths: ['server/'] },
      // The dashboard's admin API and its reply types (admin-contract.ts).
      { name: 'admin', paths: ['admin/'] },
      // Node's HTTP listener, body reader, browser guard and outbound POST.
      { name: 'node', paths: ['node/'] },
      { name: 'http', paths: ['http/'] },
      { name: 'operations', paths: ['handlers/', 'reply-envelope.ts'] },
      // The seed builds the state and the state file restores it; both read JSON files.
      { name: 'loading', paths: ['persistence/', 'seed/'] },
      { name: 'extensions', paths: ['extensions/'] },
      { name: 'state', paths: ['state/'] },
      // The words every layer above shares (derived from @blizwork/client's types) and the
      // assumption switches.
      { name: 'domain', paths: ['domain/'] },
      // `generated/spec.gen.ts` is written by `spec/derive-spec.ts`'s types and imports them back.
      { name: 'spec', paths: ['spec/', 'generated/', 'result-codes.ts'] },
    ],
  },
  {
    // One folder per noun under commands/ (issue 21, "The CLI's layout").
    root: 'packages/cli',
    layers: [
      { name: 'entry', paths: ['main.ts'] },
      { name: 'program', paths: ['program.ts'] },
      { name: 'commands', paths: ['commands/'] },
      { name: 'context', paths: ['client.ts', 'command-context.ts', 'context.ts'] },
      {
        name: 'services',
        paths: [
          'config/',
          'output/',
          'csv-formula-guard.ts',
          'key-values.ts',
          'read-regular-file.ts',
        ],
      },
      {
        name: 'foundation',
        paths: ['errors.ts', 'global-options.ts', 'is-record.ts', 'version.ts'],
      },
    ],
  },
  {
    root: 'packages/rate-limit-redis',
    layers: [
      { name: 'entry', paths: ['index.ts'] },
      { name: 'adapter', paths: ['redis-rate-limiter.ts', 'shared-budget.ts', 'release-gate.ts'] },
      {
        name: 'model',
        paths: [
          'options.ts',
          'rate-limiter.ts',
          'window.ts',
          'rate-limit-store-error.ts',
          'plans.ts',
        ],
      },
    ],
  },
  {
    // The tests' shared helpers (private, consumed as TS source): independent modules, one layer.
    root: 'test-support',
    layers: [{ name: 'helpers', paths: ['fault-server.ts', 'raw-socket.ts'] }],
  },
  {
    root: 'packages/process-graph',
    layers: [
      { name: 'entry', paths: ['index.ts'] },
      { name: 'render', paths: ['render.ts'] },
      {
        name: 'renderers',
        paths: [
          'dot.ts',
          'mermaid.ts',
          'svg-string.ts',
          'svg-tree.ts',
          'layout.ts',
          'labels.ts',
          'build-graph.ts',
          'case-path.ts',
          'graph-css.ts',
        ],
      },
      {
        name: 'model',
        paths: [
          'graph-model.ts',
          'definition.ts',
          'display-text.ts',
          'dagre-api.ts',
          'xml-escape.ts',
        ],
      },
    ],
  },
];
