// What the guide tests share: a guide's text in each language, and the code between a sample's
// `// docs:start` and `// docs:end` markers.
import { readFileSync } from 'node:fs';

/** The languages every guide is written in: `docs/<language>/<guide>.md`. */
export const LANGUAGES = ['en', 'es'] as const;

/** The text of `docs/<language>/<guide>.md`. */
export function guide(language: (typeof LANGUAGES)[number], name: string): string {
  return readFileSync(new URL(`../../../docs/${language}/${name}.md`, import.meta.url), 'utf8');
}

/**
 * The code between a sample's markers, unindented to its first line's depth. `sampleFile` is a
 * file of this package's `src/`, or a path under `examples/` for a sample that lives in an example
 * package of its own (e.g. `observability/src/observability.ts`).
 */
export function markedSnippet(sampleFile: string): string {
  const path = sampleFile.includes('/') ? `../../${sampleFile}` : `../src/${sampleFile}`;
  const source = readFileSync(new URL(path, import.meta.url), 'utf8');
  const body = /\n( *)\/\/ docs:start\n([\s\S]*?)\n *\/\/ docs:end/.exec(source);
  if (!body) throw new Error(`${sampleFile} has no // docs:start ... // docs:end block`);
  const indent = new RegExp(`^${body[1]}`, 'gm');
  return body[2]!.replace(indent, '').trim();
}
