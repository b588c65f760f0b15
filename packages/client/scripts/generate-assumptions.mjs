// Writes src/generated/assumptions.gen.ts: every assumption this repository makes about the
// BlizWork API (wire assumptions from the spec's `x-blizwork-assumptions`, behaviour assumptions
// from spec/assumptions.yaml), as data the SDK, the emulator, the CLI and the docs import from one
// place. Fails, naming each site, when the spec leaves a fact without its source (see
// assumptions-source.mjs). Run `pnpm generate`; never edit the output.
//
// Usage: node scripts/generate-assumptions.mjs [--spec <openapi.yaml>] [--registry <assumptions.yaml>] [--out <folder>]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { defaultPaths, readAssumptions, SOURCES } from './assumptions-source.mjs';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: defaultPaths.spec },
    registry: { type: 'string', default: defaultPaths.registry },
    out: { type: 'string', default: fileURLToPath(new URL('../src/generated/', import.meta.url)) },
  },
});

const spec = parse(readFileSync(values.spec, 'utf8'));
// A spec copy without a registry (the API-change flow test's) has behaviour assumptions of none.
const registry = existsSync(values.registry)
  ? parse(readFileSync(values.registry, 'utf8'))
  : { assumptions: [] };
const { assumptions, pages, problems } = readAssumptions({ spec, registry });
if (problems.length > 0) {
  console.error(
    `The spec's sources are incomplete (${problems.length}):\n- ${problems.join('\n- ')}`,
  );
  process.exit(1);
}

const json = (value) => JSON.stringify(value, null, 2);
const ids = assumptions.map((assumption) => assumption.id);
const lines = [
  '// generated, do not edit: written by packages/client/scripts/generate-assumptions.mjs from',
  '// spec/blizwork.openapi.yaml (x-blizwork-assumptions) and spec/assumptions.yaml. Run `pnpm generate`',
  '// at the repository root to regenerate.',
  '',
  '/** Where a fact about the API, or an assumption, comes from. */',
  `export type AssumptionSource = ${SOURCES.map((source) => JSON.stringify(source)).join(' | ')};`,
  '',
  '/** `wire`: about request and reply shapes (defined in the spec); `behaviour`: about how BlizWork behaves. */',
  "export type AssumptionKind = 'wire' | 'behaviour';",
  '',
  '/** The stable id of every assumption (ids are added, never renamed). */',
  `export type AssumptionId =\n${ids.map((id) => `  | ${JSON.stringify(id)}`).join('\n')};`,
  '',
  '/** One thing this SDK, its emulator or its CLI assumes about the BlizWork API, with its evidence. */',
  'export interface Assumption {',
  '  readonly id: AssumptionId;',
  '  readonly kind: AssumptionKind;',
  '  /** `documented`: a documentation page says so; `wrapper`: the Python wrapper does so; `inferred`: nothing says so. */',
  '  readonly source: AssumptionSource;',
  '  /** The evidence: a documentation page (`P5`, see {@link DOCUMENTATION_PAGES}) or the part of the wrapper. */',
  '  readonly reference: string;',
  '  /** What is assumed. */',
  '  readonly statement: string;',
  '  /** Why it is assumed. */',
  '  readonly reasoning: string;',
  '  /** What happens if it is wrong, and what to do. */',
  '  readonly ifWrong: string;',
  '  /** What rests on it: the spec locations labelled with it, and the behaviours that rely on it. */',
  '  readonly subjects: readonly string[];',
  '}',
  '',
  '/** A page of the public BlizWork documentation, as cited by `P1`..`P8`. */',
  'export interface DocumentationPage {',
  '  readonly title: string;',
  '  readonly url: string;',
  '}',
  '',
  '/** The BlizWork documentation pages the spec and the assumptions cite, by their short name. */',
  `export const DOCUMENTATION_PAGES: Readonly<Record<string, DocumentationPage>> = ${json(pages)};`,
  '',
  '/**',
  ' * Every assumption, wire ones first (in spec order), then behaviour ones. Code that relies on one',
  ' * cites it as `assumption:<id>` in a comment; `blizwork doctor --probe` checks them against a real',
  ' * account.',
  ' */',
  `export const ASSUMPTIONS: readonly Assumption[] = ${json(assumptions)};`,
  '',
];
writeFileSync(join(values.out, 'assumptions.gen.ts'), lines.join('\n'));
