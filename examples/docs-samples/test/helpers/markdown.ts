// A Markdown page's structure, as the translation tests compare it: its headings and its fenced
// code blocks, and each block's code without its comments (the one part of a code block a
// translation changes). TypeScript's parser finds the comments of TS and JS blocks, so a `//` in a
// string or a template literal is never taken for one.
import ts from 'typescript';

/** A heading: its level (`##` is 2) and its text. */
export interface Heading {
  readonly level: number;
  readonly text: string;
}

/** A fenced code block: its language (the fence's info string) and its text. */
export interface CodeBlock {
  readonly language: string;
  readonly code: string;
}

/** What a section's prose (its text outside code blocks) names that no translation changes. */
export interface SectionFacts {
  /** Its inline code spans, whitespace collapsed (a span may wrap across lines). */
  readonly codeSpans: readonly string[];
  /** The targets of its Markdown links, as written. */
  readonly links: readonly string[];
}

/** The headings and the code blocks of a page, in order (front matter and fenced text excluded). */
export interface PageStructure {
  readonly headings: readonly Heading[];
  readonly blocks: readonly CodeBlock[];
  /** The facts of each section: the text before the first heading, then one per heading. */
  readonly sections: readonly SectionFacts[];
}

const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
const LINK = /\]\(([^)\s]+)\)/g;

/** The code spans and link targets of a section's prose lines. */
function factsOf(prose: readonly string[]): SectionFacts {
  // Paragraph by paragraph, so that an unmatched backtick never pairs across a blank line.
  const paragraphs = prose.join('\n').split(/\n\s*\n/);
  const codeSpans: string[] = [];
  const links: string[] = [];
  for (const paragraph of paragraphs) {
    for (const [, , span] of paragraph.matchAll(CODE_SPAN))
      codeSpans.push(span!.replace(/\s+/g, ' ').trim());
    for (const [, target] of paragraph.replace(CODE_SPAN, '').matchAll(LINK)) links.push(target!);
  }
  return { codeSpans, links };
}

/** Reads a page's headings and code blocks. */
export function structureOf(markdown: string): PageStructure {
  const headings: Heading[] = [];
  const blocks: CodeBlock[] = [];
  const prose: string[][] = [[]];
  const lines = markdown.split('\n');
  let index = 0;
  if (lines[0] === '---') {
    index = lines.indexOf('---', 1) + 1; // YAML front matter
  }
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = /^( *)(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      const [, indent, marker, language] = fence as unknown as [string, string, string, string];
      const body: string[] = [];
      for (index++; index < lines.length; index++) {
        const inner = lines[index]!;
        if (inner.trimStart().startsWith(marker) && inner.trim() === marker) break;
        body.push(inner.startsWith(indent) ? inner.slice(indent.length) : inner.trimStart());
      }
      blocks.push({ language, code: body.join('\n') });
      prose.at(-1)!.push(''); // a block ends a paragraph
      continue;
    }
    const heading = /^(#{1,6}) +(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      headings.push({ level: heading[1]!.length, text: heading[2]! });
      prose.push([]);
    } else {
      prose.at(-1)!.push(line);
    }
  }
  return { headings, blocks, sections: prose.map(factsOf) };
}

/** A block's code and its comments, taken apart. */
export interface SplitCode {
  /** The code without comments: comment-only lines dropped, trailing spaces trimmed. */
  readonly code: string;
  /** The comments' text, without `//`, `/* *\/` or `#`. */
  readonly comments: readonly string[];
}

const SCRIPT_LANGUAGES = new Set(['ts', 'typescript', 'tsx', 'js', 'javascript', 'mjs', 'cjs']);
const HASH_LANGUAGES = new Set(['sh', 'bash', 'shell', 'console', 'yaml', 'yml', 'toml']);

/** Takes a code block's comments out: `//` and `/* *\/` in TS and JS, `#` in shell and YAML. */
export function splitComments(block: CodeBlock): SplitCode {
  const ranges = SCRIPT_LANGUAGES.has(block.language)
    ? scriptCommentRanges(block.code)
    : HASH_LANGUAGES.has(block.language)
      ? hashCommentRanges(block.code)
      : [];
  // Blank the comments out, newlines kept, so the lines of the code and of the block stay aligned.
  let blanked = block.code;
  for (const { pos, end } of ranges) {
    blanked =
      blanked.slice(0, pos) + blanked.slice(pos, end).replace(/[^\n]/g, ' ') + blanked.slice(end);
  }
  const comments = ranges.map(({ pos, end }) =>
    block.code
      .slice(pos, end)
      .replace(/^(\/\/|\/\*+|#)\s?/, '')
      .replace(/\s*\*\/$/, '')
      .trim(),
  );
  const original = block.code.split('\n');
  const code = blanked
    .split('\n')
    .map((line) => line.trimEnd())
    // A line that held only a comment goes; a blank line of the block stays.
    .filter((line, number) => line !== '' || original[number]!.trim() === '')
    .join('\n');
  return { code, comments };
}

interface Range {
  readonly pos: number;
  readonly end: number;
}

/** The comments of TS/JS code, found by TypeScript's parser (every token's leading and trailing trivia). */
function scriptCommentRanges(code: string): Range[] {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, true);
  const found = new Map<number, Range>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const { pos, end } of ranges ?? []) found.set(pos, { pos, end });
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(code, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(code, node.getEnd()));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

/** The `#` comments of shell or YAML text: a `#` at the start of a word, outside quotes. */
function hashCommentRanges(code: string): Range[] {
  const ranges: Range[] = [];
  let offset = 0;
  for (const line of code.split('\n')) {
    let quote: string | undefined;
    for (let column = 0; column < line.length; column++) {
      const char = line[column]!;
      if (quote) {
        if (char === '\\' && quote === '"') column++;
        else if (char === quote) quote = undefined;
      } else if (char === "'" || char === '"') {
        quote = char;
      } else if (char === '#' && (column === 0 || /\s/.test(line[column - 1]!))) {
        ranges.push({ pos: offset + column, end: offset + line.length });
        break;
      }
    }
    offset += line.length + 1;
  }
  return ranges;
}
