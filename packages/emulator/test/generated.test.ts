import { describe, expect, it } from 'vitest';
import { builtInSpec, operationIds } from '../src/generated/spec.gen.js';
import { operationHandlers, type HandlerTable } from '../src/handlers/operation-handlers.js';
import { getCase } from '../src/handlers/read-cases.js';
import { startCase } from '../src/handlers/start-case.js';
import { deriveSpec } from '../src/spec/derive-spec.js';
import { specDocument } from './helpers/spec-contract.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** `[operationId, METHOD, path]` of every operation, read straight from the YAML. */
const specOperationList = Object.entries(specDocument.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([key]) => HTTP_METHODS.includes(key))
    .map(([method, operation]) => [operation.operationId, method.toUpperCase(), path]),
);

describe('generated spec module', () => {
  it('is what deriveSpec reads from the spec today (the runtime `spec` option runs the same code)', () => {
    expect(builtInSpec).toEqual(deriveSpec(specDocument));
  });

  it('holds the components of the spec verbatim', () => {
    expect(builtInSpec.components).toEqual(specDocument.components);
  });

  it("routes exactly the spec's operations: same ids, methods and paths", () => {
    expect(
      builtInSpec.operations.map((operation) => [
        operation.operationId,
        operation.method,
        operation.path,
      ]),
    ).toEqual(specOperationList);
    expect(operationIds).toEqual(specOperationList.map(([operationId]) => operationId));
  });

  it('has a stateful handler only for operationIds of the spec', () => {
    for (const id of Object.keys(operationHandlers)) expect(operationIds).toContain(id);
  });

  it('refuses, at compile time, a handler for an unknown operation or with the wrong body type', () => {
    // `pnpm typecheck` fails if either marked line stops being a type error.
    const unknownOperation = {
      // @ts-expect-error: 'notInTheSpec' is not an operationId of the spec
      notInTheSpec: startCase,
    } satisfies HandlerTable;
    const wrongBody = {
      // @ts-expect-error: getCase takes GetCaseRequest, not StartCaseRequest
      startCase: getCase,
    } satisfies HandlerTable;
    expect(Object.keys({ ...unknownOperation, ...wrongBody })).toEqual([
      'notInTheSpec',
      'startCase',
    ]);
  });
});

describe('trailing slashes in the spec', () => {
  it.each(Object.entries(specDocument.paths))(
    '%s documents that the server accepts both forms and which form each source uses',
    (path, item) => {
      const forms = (item as Record<string, unknown>)['x-blizwork-path-forms'] as {
        server: string;
        documentation: string | null;
        wrapper: string | null;
      };
      expect(forms.server).toBe('both');
      // The spec writes each path in a form some source uses (the docs' first).
      expect(path).toBe(forms.documentation ?? forms.wrapper);
      for (const form of [forms.documentation, forms.wrapper]) {
        if (form !== null) expect(form.replace(/\/$/, '')).toBe(path.replace(/\/$/, ''));
      }
    },
  );
});
