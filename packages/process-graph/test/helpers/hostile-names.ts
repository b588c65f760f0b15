// A process whose every name tries to break out of the format it is written in.
import type { ProcessDefinitionInput } from '../../src/index.js';

/** Names that close quotes, shapes, links, tags and strings in SVG, Mermaid and DOT. */
export const HOSTILE_NAMES = [
  '"]',
  '-->',
  '<script>alert(1)</script>',
  '</text><text>injected',
  'line\nbreak\r\nthree',
  "it's & \\N \\G %% end",
  '#quot; ]] )) |x| ; classDef',
  'end',
] as const;

/** Every hostile name as a form (the first is the start; each moves to the next, one to itself). */
export const hostileProcess: ProcessDefinitionInput = {
  processId: 'x"]\n<script>',
  name: '</title><script>',
  forms: HOSTILE_NAMES.map((formId, index) => ({
    formId,
    name: `${formId} (name)`,
    nextFormIds: [
      ...(index + 1 < HOSTILE_NAMES.length ? [HOSTILE_NAMES[index + 1]!] : []),
      ...(index === 2 ? [formId] : []),
    ],
  })),
};
