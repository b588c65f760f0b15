import { describe, expect, it } from 'vitest';
import { specOperations, specSchemas } from '../src/generated/spec.gen.js';
import { contractOperations, specDocument } from './helpers/spec-contract.js';

describe('generated spec module', () => {
  it('holds exactly the schemas of the spec', () => {
    expect(specSchemas).toEqual(specDocument.components.schemas);
  });

  it('holds every operation of the spec with its path and example', () => {
    expect(
      specOperations.map((operation) => [
        operation.operationId,
        operation.path,
        operation.requestExample,
      ]),
    ).toEqual(
      [...contractOperations.values()].map((operation) => [
        operation.operationId,
        operation.path,
        operation.requestExample,
      ]),
    );
  });
});
