// Every Spanish page is a translation of its English page, so their structure must not drift apart:
// the same headings, level by level, and the same code blocks, but for their comments, which are
// written in Spanish. Generic on purpose: a section or a code block added to an English page fails
// here until the Spanish page gets its translation.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitComments, structureOf } from './helpers/markdown.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const guides = (language: string) => readdirSync(new URL(`docs/${language}/`, root)).sort();

/** Each English page and its Spanish translation. */
const PAGES: readonly [string, string][] = [
  ['README.md', 'README.es.md'],
  ...guides('en').map((name): [string, string] => [`docs/en/${name}`, `docs/es/${name}`]),
];

/**
 * Words that are English and not Spanish: a comment of a Spanish page that holds one was left
 * untranslated. (Comments both languages write alike, such as `// 0 3` or
 * `// { fileName, fileUrl }`, hold none.)
 */
const ENGLISH_ONLY_WORDS = new Set(
  (
    'the and of to with is are be by for from or if it its this that these those your you every ' +
    'each only when then than into after before without until while which what would should ' +
    'can must not was were has have any all on in at as an same new reply free version becomes stays'
  ).split(' '),
);

/**
 * Code blocks that show a tool's output byte for byte (guides-show-samples.test.ts checks that they
 * do): their comments are the tool's, in English on every page.
 */
const TOOL_OUTPUT = new Set([read('packages/cli/test/golden/sales-process.gen.ts').trimEnd()]);

/**
 * A code span, its placeholders aside: `records(filter)` is `records(filtro)` in Spanish, and
 * `createServer(options, toNodeListener(handler))` is `createServer(opciones, toNodeListener(handler))`.
 */
function sameCode(span: string): string {
  const argumentList = /\(([\w\s,.⟨⟩]*)\)/g;
  let previous: string;
  let current = span;
  do {
    previous = current;
    current = current.replace(argumentList, '⟨⟩'); // each pass removes a "(": it ends
  } while (current !== previous);
  return current;
}

/**
 * A link target, its language aside: the English and Spanish pages of a guide are the same place,
 * and their anchors are their (translated) headings.
 */
const samePlace = (target: string) =>
  target
    .replace(/#.*$/, '#')
    .replace('README.es.md', 'README.md')
    .replace(/(^|\/)(en|es)\//, '$1<language>/');

/** The items of `expected` that `actual` lacks, counting repeats. */
function notIn(expected: readonly string[], actual: readonly string[]): string[] {
  const left = [...actual];
  return expected.filter((item) => {
    const at = left.indexOf(item);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

describe('the Spanish pages translate the English ones', () => {
  it('every guide exists in both languages', () => {
    expect(guides('es')).toEqual(guides('en'));
  });

  describe.each(PAGES)('%s and %s', (englishPage, spanishPage) => {
    const english = structureOf(read(englishPage));
    const spanish = structureOf(read(spanishPage));

    it('have the same headings, level by level', () => {
      const outline = (headings: typeof english.headings) =>
        headings.map(({ level, text }) => `${'#'.repeat(level)} ${text}`);
      expect(
        spanish.headings.map(({ level }) => level),
        `${spanishPage}:\n${outline(spanish.headings).join('\n')}\n\n${englishPage}:\n` +
          outline(english.headings).join('\n'),
      ).toEqual(english.headings.map(({ level }) => level));
    });

    it('have the same code blocks, but for their comments', () => {
      expect(spanish.blocks.map(({ language }) => language)).toEqual(
        english.blocks.map(({ language }) => language),
      );
      english.blocks.forEach((block, index) => {
        const translated = spanish.blocks[index]!;
        expect(splitComments(translated).code, `code block ${index + 1} of ${spanishPage}`).toBe(
          splitComments(block).code,
        );
      });
    });

    it('name the same code and link to the same places, section by section', () => {
      // The prose is translated, but what it names in code spans and where it links are facts a
      // translation keeps: a sentence added to an English section with a code span or a link fails
      // here until its Spanish section says it too. A translation may name more, never less.
      const missing = english.sections.flatMap((section, index) => {
        const translated = spanish.sections[index] ?? { codeSpans: [], links: [] };
        const heading =
          index === 0 ? '(before the first heading)' : english.headings[index - 1]!.text;
        return [
          ...notIn(section.codeSpans.map(sameCode), translated.codeSpans.map(sameCode)).map(
            (span) => `${heading}: \`${span}\``,
          ),
          ...notIn(section.links.map(samePlace), translated.links.map(samePlace)).map(
            (link) => `${heading}: a link to ${link}`,
          ),
        ];
      });
      expect(missing, `what ${spanishPage} leaves out of ${englishPage}`).toEqual([]);
    });

    it('comment their code in Spanish', () => {
      const untranslated = spanish.blocks
        .filter(({ code }) => !TOOL_OUTPUT.has(code.trimEnd()))
        .flatMap((block) => splitComments(block).comments)
        .filter((comment) =>
          (comment.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) =>
            ENGLISH_ONLY_WORDS.has(word),
          ),
        );
      expect(untranslated, `comments of ${spanishPage} left in English`).toEqual([]);
    });
  });
});
