import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { guide, LANGUAGES, markedSnippet } from './guide-snippet.js';
import { splitComments, structureOf } from './helpers/markdown.js';

/**
 * The code of a page's `ts` blocks, as compared with the samples: verbatim on the English pages,
 * without comments on the Spanish ones, which translate them (translations.test.ts checks the rest
 * of each Spanish block against its English one).
 */
function tsBlocksOf(language: (typeof LANGUAGES)[number], page: string): string[] {
  return structureOf(page)
    .blocks.filter((block) => block.language === 'ts')
    .map((block) => (language === 'en' ? block.code : splitComments(block).code));
}

/** A sample as a page of that language shows it (see {@link tsBlocksOf}). */
const shown = (language: (typeof LANGUAGES)[number], code: string) =>
  language === 'en' ? code : splitComments({ language: 'ts', code }).code;

/** Each guide and the compiled sample it shows, verbatim, in every language. */
const GUIDE_SAMPLES = [
  ['getting-started', 'getting-started.ts'],
  ['credentials', 'credentials.ts'],
  ['testing-with-the-emulator', 'testing-with-the-emulator.ts'],
  ['testing-with-the-emulator', 'testing-in-process.ts'],
  ['extensions', 'extension-handler.ts'],
  ['runtimes', 'runtime-fetch-handler.ts'],
  ['api-changes', 'api-changes.ts'],
  ['migrating-from-python', 'from-python.ts'],
  // The example package examples/observability is the one copy of this sample.
  ['observability', 'observability/src/observability.ts'],
] as const;

describe('the guides in docs/', () => {
  for (const [name, sample] of GUIDE_SAMPLES) {
    for (const language of LANGUAGES) {
      it(`docs/${language}/${name}.md shows ${sample}`, () => {
        const code = markedSnippet(sample);
        expect(code.length).toBeGreaterThan(200);
        expect(tsBlocksOf(language, guide(language, name))).toContain(shown(language, code));
      });
    }
  }

  it('every ts code block of every guide is one of the compiled samples', () => {
    for (const language of LANGUAGES) {
      const samples = new Set(
        GUIDE_SAMPLES.map(([, sample]) => shown(language, markedSnippet(sample))),
      );
      for (const [name] of GUIDE_SAMPLES) {
        for (const block of tsBlocksOf(language, guide(language, name)))
          expect(samples, `${language}/${name}`).toContain(block);
      }
    }
  });

  it('the typed-processes guides show the types typegen generates for the default seed, verbatim', () => {
    // packages/cli/test/typegen.test.ts proves the golden file is typegen's output.
    const golden = readFileSync(
      new URL('../../../packages/cli/test/golden/sales-process.gen.ts', import.meta.url),
      'utf8',
    );
    for (const language of LANGUAGES) {
      expect(guide(language, 'typed-processes')).toContain('```typescript\n' + golden + '```');
      // packages/cli/test/process-graph.test.ts proves the picture is what the command draws.
      expect(guide(language, 'typed-processes')).toContain('](../assets/sales-process.svg)');
    }
  });

  it.each(['readme-example.ts', 'plan-limits-example.ts'])(
    'README.md and README.es.md show examples/quick-start/src/%s (the Spanish one with its comments translated)',
    (example) => {
      const source = readFileSync(
        new URL(`../../quick-start/src/${example}`, import.meta.url),
        'utf8',
      );
      const code = /\/\/ readme:start\n([\s\S]*?)\n {2}\/\/ readme:end/
        .exec(source)![1]!
        .replace(/^ {2}/gm, '');
      expect(code.length).toBeGreaterThan(200);
      for (const [language, readme] of [
        ['en', '../../../README.md'],
        ['es', '../../../README.es.md'],
      ] as const) {
        const page = readFileSync(new URL(readme, import.meta.url), 'utf8');
        expect(
          tsBlocksOf(language, page).some((block) => block.includes(shown(language, code))),
          `${readme} shows ${example}`,
        ).toBe(true);
      }
    },
  );
});
