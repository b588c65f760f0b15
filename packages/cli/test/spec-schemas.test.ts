// `doctor --conformance` reads its reply schemas from the spec @blizwork/client ships, not from a
// copy of its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { shippedSpecSchemas, specSchemasOf } from '../src/commands/doctor/spec-schemas.js';

const shippedSpecPath = createRequire(import.meta.url).resolve('@blizwork/client/openapi.json');

describe('shippedSpecSchemas', () => {
  it("names the reply schema of the read-only operations doctor checks, from @blizwork/client's spec", () => {
    const { replySchemas, componentSchemas } = shippedSpecSchemas();
    expect(replySchemas).toMatchObject({
      getCase: 'GetCaseReply',
      listCases: 'ListCasesReply',
      queryMasterData: 'QueryMasterDataReply',
    });
    for (const name of Object.values(replySchemas)) expect(componentSchemas).toHaveProperty(name);
    const shipped = JSON.parse(readFileSync(shippedSpecPath, 'utf8')) as {
      components: { schemas: unknown };
    };
    expect(componentSchemas).toEqual(shipped.components.schemas);
  });
});

describe('specSchemasOf', () => {
  const reply = (schema: { $ref?: string; type?: string }) => ({
    responses: { '200': { content: { 'application/json': { schema } } } },
  });

  it('keeps only operations whose 200 reply names a component schema', () => {
    const schemas = specSchemasOf({
      paths: {
        '/a': { post: { operationId: 'named', ...reply({ $ref: '#/components/schemas/Named' }) } },
        '/b': { post: { operationId: 'inline', ...reply({ type: 'object' }) } },
        '/c': { post: { operationId: 'elsewhere', ...reply({ $ref: 'other.json#/Named' }) } },
        '/d': { post: reply({ $ref: '#/components/schemas/NoId' }) },
        '/e': { post: { operationId: 'noReply' } },
      },
      components: { schemas: { Named: { type: 'object' } } },
    });
    expect(schemas.replySchemas).toEqual({ named: 'Named' });
    expect(schemas.componentSchemas).toEqual({ Named: { type: 'object' } });
  });

  it('reads a spec without paths or components as empty', () => {
    expect(specSchemasOf({})).toEqual({ replySchemas: {}, componentSchemas: {} });
  });
});
