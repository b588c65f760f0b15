// What the README tests share: the README's text, and the code between an example's markers.
import { readFileSync } from 'node:fs';

/** The root README. */
export const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The code between `// readme:start` and `// readme:end` of an example file, unindented. */
export function markedSnippet(exampleFile: string): string {
  const source = readFileSync(new URL(`../src/${exampleFile}`, import.meta.url), 'utf8');
  const body = source.split('// readme:start\n')[1]?.split('  // readme:end')[0] ?? '';
  return body.replace(/^ {2}/gm, '').trim();
}
