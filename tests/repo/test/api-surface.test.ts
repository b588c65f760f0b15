// The public API of every published entry point, as API Extractor reports it from the built
// declarations, must match the committed report in `tests/repo/api/`. A change to the surface (a new
// export, a changed signature, a removed option) fails here until the report is regenerated with
// `pnpm api:update`, so it shows in review next to its changeset.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractApiReport, reportFolder, type ApiReportResult } from './extract-api-report.js';
import { publishedEntryPoints, type PublishedEntryPoint } from './published-entry-points.js';

const update = process.env.UPDATE_API_REPORTS === '1';
const entries = publishedEntryPoints();

// One API Extractor run per entry point serves both the report and the documentation check.
const results = new Map<string, ApiReportResult>();
const reportOf = (entry: PublishedEntryPoint): ApiReportResult => {
  const known = results.get(entry.specifier);
  if (known !== undefined) return known;
  const result = extractApiReport(entry, update);
  results.set(entry.specifier, result);
  return result;
};

/**
 * The packages whose public declarations are written by hand, so each one carries TSDoc. The
 * generated client (`@blizwork/client`) keeps the comments hey-api emits.
 */
const isHandWritten = (entry: PublishedEntryPoint): boolean =>
  entry.packageName !== '@blizwork/client';

describe('the public API reports', () => {
  it('cover every published entry point and nothing else', () => {
    const expected = entries.map((entry) => `${entry.reportName}.api.md`).sort();
    expect(expected.length).toBeGreaterThan(0);
    if (update) return;
    const committed = existsSync(reportFolder)
      ? readdirSync(reportFolder).filter((name) => name.endsWith('.api.md'))
      : [];
    expect(committed.sort(), 'run `pnpm api:update`').toEqual(expected);
  });

  it.each(entries.map((entry) => [entry.specifier, entry] as const))(
    '%s matches its committed report',
    (_specifier, entry) => {
      expect(existsSync(entry.declarationFile), `build ${entry.packageName} first`).toBe(true);
      const result = reportOf(entry);
      expect(result.messages, 'API Extractor could not analyse the declarations').toEqual([]);
      expect(result.succeeded).toBe(true);
      if (update) return;
      expect(
        result.changed,
        `The public API of ${entry.specifier} changed. Review it, run ` +
          '`pnpm api:update`, commit tests/repo/api/' +
          `${entry.reportName}.api.md and describe the change in a changeset. Today's report:\n` +
          result.current,
      ).toBe(false);
    },
  );

  // Every exported declaration of a hand-written package (each member too) has a TSDoc comment:
  // API Extractor's `ae-undocumented`. The failure lists each symbol with the built declaration
  // file and line it comes from (the bundled `dist/*.d.mts`; its comment is written in `src/`).
  it.each(entries.filter(isHandWritten).map((entry) => [entry.specifier, entry] as const))(
    '%s documents every public symbol',
    (specifier, entry) => {
      const { undocumented } = reportOf(entry);
      expect(
        undocumented,
        `${specifier} has public symbols without TSDoc (built file:line: symbol): ` +
          'write a /** ... */ comment on each in src/',
      ).toEqual([]);
    },
  );

  // The report is made from the default build's declarations; a `node` condition build (the SDK's
  // node:http entry) must declare exactly the same surface, or its users would see another API.
  const withNodeBuild = entries.filter((entry) => entry.nodeDeclarationFile !== undefined);
  it.each(withNodeBuild.map((entry) => [entry.specifier, entry] as const))(
    '%s declares the same types in its node-condition build',
    (_specifier, entry) => {
      const declarations = (file: string): string =>
        readFileSync(file, 'utf8').replaceAll('index.node.', 'index.');
      expect(declarations(entry.nodeDeclarationFile ?? '')).toBe(
        declarations(entry.declarationFile),
      );
    },
  );
});
