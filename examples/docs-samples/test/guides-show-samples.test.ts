import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { guide, LANGUAGES, markedSnippet } from './guide-snippet.js';

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
  ['observability', 'observability.ts'],
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

  it('README.es.md shows the quick start of README.md verbatim (examples/quick-start checks that one)', () => {
    const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
    const source = read('../../quick-start/src/readme-example.ts');
    const quickStart = /\/\/ readme:start\n([\s\S]*?)\n {2}\/\/ readme:end/
      .exec(source)![1]!
      .replace(/^ {2}/gm, '');
    expect(quickStart.length).toBeGreaterThan(200);
    expect(read('../../../README.es.md')).toContain('```ts\n' + quickStart + '\n```');
    expect(read('../../../README.md')).toContain('[Español](README.es.md)');
  });
});
