// typegen cannot be made to write code: arbitrary strings (any Unicode, lone surrogates, and
// hostile constants such as `*/`, U+2028, `${`, quotes and `__proto__`) in every position of a
// process definition give a module that (a) compiles under the strictest compiler options, in one
// batch, (b) holds only declarations and one-line comments, (c) says exactly the definition's
// strings, and (d) evaluates with no side effect. Plus the reported attack, end to end.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDefinition, type ProcessDefinition } from '../src/commands/typegen/definition.js';
import { tsComment, tsIdentifier, tsPropertyKey, tsString } from '../src/commands/typegen/emit.js';
import { renderTypes } from '../src/commands/typegen/render.js';
import { compileModules } from './helpers/compile-modules.js';
import {
  evaluateScript,
  readGeneratedModule,
  transpileModules,
  type ProcessShape,
} from './helpers/generated-module.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const HOSTILE = [
  '*/',
  '/*',
  '//',
  '\u2028',
  '\u2029',
  '\n',
  '\r\n',
  '`',
  '${',
  '</script>',
  '\\',
  "'",
  '"',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '\u202E',
  '\uFEFF',
  '\0',
  '\uD800',
  '\uDFFF',
  '1',
  ' ',
  'AttachmentValue',
  'default',
  'Sales */ console.log("PWNED"); /*',
];

/** Any code point, a lone surrogate now and then, or a hostile constant. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
  },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
);
const anyText = fc.string({ unit, minLength: 1, maxLength: 12 });
/** Field types: hostile text, or a known type so attachment imports and unions appear too. */
const fieldType = fc.oneof(anyText, fc.constantFrom('text', 'number', 'attachment', 'Checkbox'));

/** A raw definition (as a seed or a case would hold it) that checkDefinition accepts. */
const rawDefinition = fc.uniqueArray(anyText, { minLength: 1, maxLength: 4 }).chain((formIds) =>
  fc.record({
    processId: anyText,
    name: fc.option(anyText, { nil: undefined }),
    version: fc.option(fc.integer(), { nil: undefined }),
    forms: fc.tuple(
      ...formIds.map((formId) =>
        fc.record({
          formId: fc.constant(formId),
          // `options` and `label` are not read by typegen today; they are here so that a
          // renderer that starts reading them is covered too.
          fields: fc.array(
            fc.record({ id: anyText, type: fieldType, label: anyText, options: fc.array(anyText) }),
            { maxLength: 4 },
          ),
          nextFormIds: fc.subarray(formIds),
        }),
      ),
    ),
  }),
);

const definitions = fc
  .array(rawDefinition, { minLength: 1, maxLength: 3 })
  .map((raws) => raws.map((raw) => checkDefinition(raw, raw.processId, 'test')));

/** What the module must say about `definition`, read back from the compiler's own parse. */
function expectSameStrings(shape: ProcessShape, definition: ProcessDefinition) {
  expect(shape.processId).toBe(definition.processId);
  expect(shape.forms.map((form) => form.key)).toEqual(definition.forms.map((f) => f.formId));
  const fieldIds = [...new Set(definition.forms.flatMap((f) => f.fields.map((field) => field.id)))];
  expect(shape.fieldKeys).toEqual(fieldIds);
  definition.forms.forEach((form, i) => {
    expect(shape.forms[i]!.fields).toEqual([...new Set(form.fields.map((field) => field.id))]);
    expect(shape.forms[i]!.next).toEqual(form.nextFormIds);
  });
}

/** The evaluated constants hold exactly the definition's strings, as own properties. */
function expectSameValues(
  exports: Record<string, unknown>,
  shape: ProcessShape,
  definition: ProcessDefinition,
) {
  expect(exports[shape.formIdsName]).toEqual(definition.forms.map((form) => form.formId));
  const nextForms = exports[shape.nextFormsName] as Record<string, unknown>;
  // A plain object: its prototype is Object.prototype (the vm's own), not a value from the definition.
  expect(Object.getPrototypeOf(Object.getPrototypeOf(nextForms))).toBeNull();
  expect(Object.keys(nextForms).sort()).toEqual(definition.forms.map((f) => f.formId).sort());
  for (const form of definition.forms) {
    expect(Object.hasOwn(nextForms, form.formId)).toBe(true);
    expect(nextForms[form.formId]).toEqual(form.nextFormIds);
  }
}

describe('typegen output escapes everything from a definition', () => {
  it('arbitrary strings everywhere: only declarations, the same strings back, no side effect, and it compiles under --strict', async () => {
    const modules: { source: string; definitions: ProcessDefinition[]; shapes: ProcessShape[] }[] =
      [];
    fc.assert(
      fc.property(definitions, fc.array(anyText, { maxLength: 2 }), (defs, argv) => {
        const source = renderTypes(defs, `blizwork typegen ${argv.join(' ')}`);
        const { processes, comments } = readGeneratedModule(source);
        expect(processes).toHaveLength(defs.length);
        defs.forEach((definition, i) => expectSameStrings(processes[i]!, definition));
        // One header comment, then per process its doc comment, one per field, and two more:
        // a comment closed early or broken by a line break would change the count or the lines.
        const fields = defs.map((d) => new Set(d.forms.flatMap((f) => f.fields.map((x) => x.id))));
        const expected = 1 + defs.length * 3 + fields.reduce((sum, ids) => sum + ids.size, 0);
        expect(comments).toHaveLength(expected);
        for (const comment of comments) expect(comment).not.toMatch(/[\n\r\u2028\u2029]/);
        modules.push({ source, definitions: defs, shapes: processes });
      }),
      { numRuns: 120 },
    );
    const about = (i: number) =>
      `--- input ---\n${JSON.stringify(modules[i]!.definitions)}\n--- module ---\n${modules[i]!.source}`;

    // Evaluated with nothing around it, each module touches nothing and exports exactly the strings.
    const scripts = await transpileModules(modules.map((m) => m.source));
    scripts.forEach((script, i) => {
      const { definitions: defs, shapes } = modules[i]!;
      let exports: Record<string, unknown>;
      try {
        exports = evaluateScript(script);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${about(i)}`, { cause: error });
      }
      defs.forEach((definition, j) => expectSameValues(exports, shapes[j]!, definition));
    });

    // One compiler run for all of them, with the strictest options.
    const failures = compileModules(modules.map((m) => m.source));
    expect(
      failures.slice(0, 3).map(({ index, errors }) => `${errors.join('\n')}\n${about(index)}`),
    ).toEqual([]);
  });

  it('each helper keeps its promise for any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const literal = tsString(text);
        const comment = tsComment(text);
        const key = tsPropertyKey(text);
        // A string literal is one line; comment text cannot close a comment or end a line comment.
        expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(comment).not.toContain('*/');
        expect(comment).not.toMatch(/[\n\r\u2028\u2029]/);
        // The literal evaluates to the very string; the key names the very property (an own one,
        // even for __proto__).
        const exports = evaluateScript(
          `exports.value = ${literal}; exports.object = { ${key}: 1 };`,
        );
        expect(exports.value).toBe(text);
        expect(Object.keys(exports.object as object)).toEqual([text]);
      }),
      { numRuns: 200 },
    );
  });

  it('identifiers are ASCII, never start with a digit, never reserved, and unique in order', () => {
    const taken = new Set<string>();
    const names = ['sales', 'sales', '1x', 'default', '', 'Ünïcode', 'a-b', 'sales'].map((c) =>
      tsIdentifier(c, taken),
    );
    expect(names).toEqual(['sales', 'sales_2', '_1x', 'default_', '_', 'ncode', 'ab', 'sales_3']);
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), (candidates) => {
        const seen = new Set<string>();
        const result = candidates.map((candidate) => tsIdentifier(candidate, seen));
        expect(new Set(result).size).toBe(result.length);
        for (const name of result) expect(name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
      }),
    );
  });

  it('the reported attack: a process named `Sales */ console.log("PWNED"); /*` gives a module that prints nothing', async () => {
    const dir = tempDir();
    const seed = join(dir, 'seed.json');
    const payload = 'Sales */ console.log("PWNED"); /*';
    writeFileSync(
      seed,
      JSON.stringify({
        processes: [
          {
            processId: 'p',
            name: payload,
            forms: [
              {
                formId: `a\u2028${payload}`,
                fields: [{ id: payload, type: payload }],
                nextFormIds: [],
              },
            ],
          },
        ],
      }),
    );
    const out = join(dir, 'p.gen.ts');
    const run = await runCli(['typegen', 'p', '--seed', seed, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const source = readFileSync(out, 'utf8');
    expect(() => readGeneratedModule(source)).not.toThrow();
    const [script] = await transpileModules([source]);
    expect(evaluateScript(script!)).toMatchObject({ pFormIds: [`a\u2028${payload}`] });
    expect(compileModules([source])).toEqual([]);
  });
});
