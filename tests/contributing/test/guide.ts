// CONTRIBUTING.md as the tests read it: its `##` sections, the numbered steps of a section, and the
// fenced code blocks of each, so the tests run the commands exactly as the guide writes them.
import { readFileSync } from 'node:fs';
import { repositoryRoot } from './repository.js';
import { join } from 'node:path';

/** A fenced code block: its language and its text, unindented. */
export interface CodeBlock {
  readonly language: string;
  readonly code: string;
}

/** A numbered step of a section (`1. **Edit the spec**, ...`) and its code blocks. */
export interface GuideStep {
  readonly number: number;
  readonly title: string;
  readonly blocks: readonly CodeBlock[];
}

/** A `##` section: its title, its code blocks (in order) and its numbered steps. */
export interface GuideSection {
  readonly title: string;
  readonly blocks: readonly CodeBlock[];
  readonly steps: readonly GuideStep[];
}

/** Parses a Markdown guide into its `##` sections. */
export function parseGuide(markdown: string): GuideSection[] {
  const sections: { title: string; blocks: CodeBlock[]; steps: GuideStep[] }[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      sections.push({ title: heading[1]!.trim(), blocks: [], steps: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section) continue;
    const step = /^(\d+)\. \*\*(.+?)\*\*/.exec(line);
    if (step) {
      section.steps.push({ number: Number(step[1]), title: step[2]!, blocks: [] });
      continue;
    }
    const fence = /^( *)```(\w*)\s*$/.exec(line);
    if (!fence) continue;
    const indent = fence[1]!;
    const body: string[] = [];
    for (index++; index < lines.length && lines[index] !== `${indent}\`\`\``; index++) {
      body.push(lines[index]!.startsWith(indent) ? lines[index]!.slice(indent.length) : '');
    }
    const block = { language: fence[2]!, code: body.join('\n') };
    section.blocks.push(block);
    // A block indented under a numbered step belongs to it.
    const current = section.steps.at(-1);
    if (current && indent.length > 0) (current.blocks as CodeBlock[]).push(block);
  }
  return sections;
}

/** CONTRIBUTING.md of the repository at `root`, parsed. */
export function contributingGuide(root = repositoryRoot): GuideSection[] {
  return parseGuide(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8'));
}

/** The section whose title starts with `prefix`; throws naming the sections there are. */
export function sectionOf(sections: readonly GuideSection[], prefix: string): GuideSection {
  const section = sections.find(({ title }) => title.startsWith(prefix));
  if (!section) {
    const titles = sections.map(({ title }) => title).join(' | ');
    throw new Error(`CONTRIBUTING.md has no section "${prefix}…" (it has: ${titles})`);
  }
  return section;
}

/** The command lines of a shell block: every line but blank lines and `#` comments. */
export const commandsOf = (block: CodeBlock): string[] =>
  block.code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

/** A command line without its trailing `# comment`, for comparisons. */
export const withoutComment = (command: string): string => command.replace(/\s+#.*$/, '').trim();
