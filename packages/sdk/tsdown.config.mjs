// Build: one ESM and one CJS file per entry point, with bundled types (see
// scripts/package-build-config.mjs). Entries: the default entry (browsers, workers, Deno, Bun),
// the Node entry (`node` export condition: the default entry plus the node:http transport), the
// web-standard extension handler and its node:http adapter, and the OpenTelemetry instrumentation
// (`@opentelemetry/api`, an optional peer, stays external: only that entry imports it). Code more than one entry needs (the
// classes, so that an error thrown through one entry is `instanceof` the class another exports)
// goes to one shared file, `dist/shared.mjs` / `dist/shared.cjs`.
import { packageBuild } from '../../scripts/package-build-config.mjs';

export default packageBuild({
  entry: {
    index: 'src/index.ts',
    'index.node': 'src/index.node.ts',
    'extension/index': 'src/extension/index.ts',
    'extension/node': 'src/extension/node.ts',
    'otel/index': 'src/otel/index.ts',
  },
  outputOptions: {
    comments: { legal: true, annotation: true, jsdoc: false },
    // Every module two or more entries import goes to one chunk, `shared` (rolldown would otherwise
    // make one chunk per set of entries), and their types to `shared.d` (a declaration chunk's
    // name ends in `.d`, which gives it the .d.mts / .d.cts extension): a cold import reads two
    // files, and no chunk can take an entry's file name.
    codeSplitting: {
      groups: [
        { name: 'shared', test: /(?<!\.d\.[cm]?ts)$/, minShareCount: 2 },
        { name: 'shared.d', test: /\.d\.[cm]?ts$/, minShareCount: 2 },
      ],
    },
  },
});
