// The lint rule that keeps issue 18's bug class out of shipped code: a string-keyed plain object
// read, written or tested with a key that may be any string (`pageAssets[file]` answered
// `GET /_emulator/__proto__` with Object.prototype and ended the emulator). Linted with type
// information, as `pnpm lint` does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import noInheritedLookup from '../../../scripts/eslint-rules/no-inherited-lookup.mjs';

const folder = mkdtempSync(join(tmpdir(), 'no-inherited-lookup-'));
writeFileSync(
  join(folder, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', lib: ['es2022'] } }),
);

const eslint = new ESLint({
  cwd: folder,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: { projectService: true, tsconfigRootDir: folder },
      },
      plugins: { blizwork: { rules: { 'no-inherited-lookup': noInheritedLookup } } },
      rules: { 'blizwork/no-inherited-lookup': 'error' },
    },
  ],
});

let files = 0;

/** The rule's message ids for `code`, linted as a file of a strict TypeScript project. */
async function findings(code: string): Promise<string[]> {
  const file = join(folder, `case-${(files += 1)}.ts`);
  writeFileSync(file, code);
  const [result] = await eslint.lintFiles([file]);
  const fatal = result?.messages.find((message) => message.fatal);
  if (fatal !== undefined) throw new Error(fatal.message);
  return (result?.messages ?? []).map((message) => message.messageId ?? message.message);
}

const declarations = `
declare const assets: Readonly<Record<string, { body: string }>> | undefined;
declare const record: Record<string, unknown>;
declare const key: string;
declare const list: string[];
declare const index: number;
declare const fixed: Record<'a' | 'b', string>;
declare const name: 'a' | 'b';
`;

describe('blizwork/no-inherited-lookup', () => {
  it.each([
    ['the lookup that ended the emulator', 'export const asset = assets?.[key];', ['lookup']],
    ['a read with any string', 'export const value = record[key];', ['lookup']],
    ['a write with any string', 'record[key] = 1;', ['write']],
    ['a delete with any string', 'delete record[key];', ['write']],
    ['an `in` test with any string', 'export const has = key in record;', ['in']],
    ['a template-literal key', 'export const value = record[`x-${key}`];', ['lookup']],
    [
      'a guard on another key',
      'declare const other: string;\nexport const value = Object.hasOwn(record, other) ? record[key] : undefined;',
      ['lookup'],
    ],
  ])('reports %s', async (_name, code, expected) => {
    expect(await findings(declarations + code)).toEqual(expected);
  });

  it.each([
    ['a Map', 'const map = new Map<string, number>();\nexport const value = map.get(key);'],
    [
      'an Object.hasOwn conditional',
      'export const value = Object.hasOwn(record, key) ? record[key] : undefined;',
    ],
    [
      'an Object.hasOwn && chain',
      'export const value = Object.hasOwn(record, key) && record[key];',
    ],
    ['an Object.hasOwn if', 'if (Object.hasOwn(record, key)) record[key] = 2;'],
    [
      'an early exit unless own',
      'export function read(): unknown {\n  if (!Object.hasOwn(record, key)) return undefined;\n  return record[key];\n}',
    ],
    ['an array index', 'export const item = list[index];'],
    ['a key from a literal union', 'export const value = fixed[name];'],
    ['a literal key', "export const value = record['a'];"],
  ])('accepts %s', async (_name, code) => {
    expect(await findings(declarations + code)).toEqual([]);
  });
});
