// Every assumption about the BlizWork API is labelled and registered once (issue 19): every fact of
// the spec names its source, every assumption id cited in code is defined, every behaviour
// assumption is relied on by some code, and @blizwork/client publishes exactly what is defined.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASSUMPTIONS } from '@blizwork/client';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  defaultPaths,
  readAssumptionFiles,
  readAssumptions,
} from '../../../packages/client/scripts/assumptions-source.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = readAssumptionFiles();
const ids = new Set(read.assumptions.map((assumption) => assumption.id));

/** `assumption:<id>`, the form code cites an assumption in (in a comment). */
const CITATION = /\bassumption:([a-z0-9][a-z0-9-]*)/g;
const SKIPPED = new Set(['node_modules', 'dist', 'generated', '.turbo', 'test-results', 'site']);
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

/** Every code file below `dir`, except dependencies, build output and generated code. */
function codeFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (SKIPPED.has(name) || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return codeFiles(path);
    return CODE.test(name) ? [path] : [];
  });
}

const groups = ['packages', 'examples', 'tests'].flatMap((group) =>
  readdirSync(join(root, group)).map((name) => join(root, group, name)),
);
const files = [...groups.flatMap(codeFiles), ...codeFiles(join(root, 'scripts'))];
/** Test code may cite an assumption it exercises; only other code counts as relying on one. */
const isTest = (path: string) => /[/\\](test|tests|bench)[/\\]/.test(relative(root, path));
const citations = files.flatMap((path) =>
  [...readFileSync(path, 'utf8').matchAll(CITATION)].map((match) => ({
    id: match[1] as string,
    file: relative(root, path),
    test: isTest(path),
  })),
);

describe('assumptions', () => {
  it('every operation, path, parameter, schema and schema property of the spec names its source', () => {
    expect(read.problems, read.problems.join('\n')).toEqual([]);
  });

  it('every assumption id cited in code is defined', () => {
    expect(citations.length).toBeGreaterThan(40);
    const unknown = citations.filter((citation) => !ids.has(citation.id));
    expect(
      unknown.map((citation) => `${citation.file}: assumption:${citation.id}`),
      'define the assumption in spec/assumptions.yaml (behaviour) or the spec (wire), or fix the id',
    ).toEqual([]);
  });

  it('every behaviour assumption is relied on by code that cites it', () => {
    const cited = new Set(citations.filter((citation) => !citation.test).map((c) => c.id));
    const unused = read.assumptions
      .filter((assumption) => assumption.kind === 'behaviour' && !cited.has(assumption.id))
      .map((assumption) => assumption.id);
    expect(unused, 'cite it as assumption:<id> where code relies on it, or remove it').toEqual([]);
  });

  it('@blizwork/client publishes exactly the defined assumptions', () => {
    expect(ASSUMPTIONS).toEqual(read.assumptions);
    expect(ASSUMPTIONS.filter((assumption) => assumption.kind === 'wire').length).toBeGreaterThan(
      0,
    );
  });
});

describe('the source check', () => {
  /** A parsed YAML mapping, walked by key (the tests know the documents' shape). */
  type Node = Record<string, unknown>;
  const at = (value: unknown, ...path: string[]): Node =>
    path.reduce<unknown>((node, key) => (node as Node)[key], value) as Node;
  const spec = parse(readFileSync(defaultPaths.spec, 'utf8')) as Node;
  const registry = parse(readFileSync(defaultPaths.registry, 'utf8')) as { assumptions: Node[] };
  const problemsAfter = (
    change: (spec: Node, registry: { assumptions: Node[] }) => void,
  ): string[] => {
    const specCopy = structuredClone(spec);
    const registryCopy = structuredClone(registry);
    change(specCopy, registryCopy);
    // Sorted: the problems come in document order, which these tests do not care about.
    return readAssumptions({ spec: specCopy, registry: registryCopy }).problems.sort();
  };
  const schema = (s: Node, ...path: string[]) => at(s, 'components', 'schemas', ...path);

  it('fails on a schema property without a source', () => {
    expect(
      problemsAfter(
        (s) =>
          delete schema(s, 'ExecuteActivityRequest', 'properties', 'nextFormId')[
            'x-blizwork-source'
          ],
      ),
    ).toEqual(
      [
        'ExecuteActivityRequest.nextFormId: needs x-blizwork-source (documented, wrapper, inferred)',
      ].sort(),
    );
  });

  it('fails on a nested property, a schema and an operation without a source', () => {
    expect(
      problemsAfter((s) => {
        delete schema(s, 'CaseDocument', 'properties', 'createAudit', 'properties', 'date')[
          'x-blizwork-source'
        ];
        delete schema(s, 'Filter')['x-blizwork-source'];
        delete at(s, 'paths', '/exec/{token}', 'post')['x-blizwork-source'];
      }),
    ).toEqual(
      [
        'operation executeActivity: needs x-blizwork-source (documented, wrapper, inferred)',
        'schema Filter: needs x-blizwork-source (documented, wrapper, inferred)',
        'CaseDocument.createAudit.date: needs x-blizwork-source (documented, wrapper, inferred)',
      ].sort(),
    );
  });

  it('fails on an inferred fact without an assumption, a documented one without its page, and an unknown id', () => {
    expect(
      problemsAfter((s) => {
        delete schema(s, 'CaseSummary', 'properties', 'caseNumber')['x-blizwork-assumptions'];
        schema(s, 'CaseSummary')['x-blizwork-assumptions'] = [];
        delete schema(s, 'ValidateCallRequest', 'properties', 'token')['x-blizwork-pages'];
        schema(s, 'Filter')['x-blizwork-assumptions'] = ['filter-equality', 'filter-is-mongo'];
        delete at(s, 'paths', '/init/{token}')['x-blizwork-assumptions'];
      }),
    ).toEqual(
      [
        'path /init/{token}: needs x-blizwork-assumptions (e.g. [path-forms-both])',
        'schema Filter: assumption "filter-is-mongo" is not defined',
        'schema CaseSummary: x-blizwork-assumptions must be a non-empty list of assumption ids',
        'ValidateCallRequest.token: documented, so it needs x-blizwork-pages naming its pages (P1..P8)',
        'CaseSummary.caseNumber: inferred, so it needs x-blizwork-assumptions naming what it rests on',
      ].sort(),
    );
  });

  it('fails on a registered behaviour without a source or subjects, a duplicate id and a wire one labelling nothing', () => {
    expect(
      problemsAfter((s, r) => {
        delete at(r.assumptions, '0').source;
        at(r.assumptions, '1').subjects = [];
        r.assumptions.push({ ...at(r.assumptions, '2') });
        const wire = s['x-blizwork-assumptions'] as Node[];
        wire.push({ ...wire[0], id: 'spare-one' });
      }),
    ).toEqual(
      [
        'spec/assumptions.yaml assumptions[0] (code-200-refused-before-running): "source" must be a non-empty string',
        'spec/assumptions.yaml assumptions[1] (handshake-token-pattern): "subjects" must list what relies on it (non-empty strings)',
        `assumption "${String(registry.assumptions[2]?.id)}" is defined twice`,
        'wire assumption "spare-one" labels nothing in the spec',
      ].sort(),
    );
  });
});
