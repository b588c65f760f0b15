import { describe, expect, it } from 'vitest';
import { guide, LANGUAGES, markedSnippet } from './guide-snippet.js';

/** Each guide and the compiled sample it shows, verbatim, in every language. */
const GUIDE_SAMPLES = [
  ['getting-started', 'getting-started.ts'],
  ['credentials', 'credentials.ts'],
  ['testing-with-the-emulator', 'testing-with-the-emulator.ts'],
  ['extensions', 'extension-handler.ts'],
  ['runtimes', 'runtime-fetch-handler.ts'],
  ['api-changes', 'api-changes.ts'],
  ['migrating-from-python', 'from-python.ts'],
] as const;

describe('the guides in docs/', () => {
  for (const [name, sample] of GUIDE_SAMPLES) {
    for (const language of LANGUAGES) {
      it(`docs/${language}/${name}.md shows src/${sample} verbatim`, () => {
        const code = markedSnippet(sample);
        expect(code.length).toBeGreaterThan(200);
        expect(guide(language, name)).toContain('```ts\n' + code + '\n```');
      });
    }
  }

  it('every ts code block of every guide is one of the compiled samples', () => {
    const samples = new Set(GUIDE_SAMPLES.map(([, sample]) => markedSnippet(sample)));
    for (const language of LANGUAGES) {
      for (const [name] of GUIDE_SAMPLES) {
        const blocks = [...guide(language, name).matchAll(/```ts\n([\s\S]*?)\n```/g)];
        for (const [, block] of blocks) expect(samples, `${language}/${name}`).toContain(block);
      }
    }
  });
});
