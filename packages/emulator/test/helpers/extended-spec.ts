// The repository's spec plus three operations the emulator has no handler for, written the ways a
// maintainer may write them: an inline body with an `example` reply; `$ref`s to
// `components/requestBodies` and `components/responses` with path-level parameters and `examples`;
// and a reply without any example. Their names are namespaced (`testFixture…` ids, `/x-test/` paths,
// `TestFixture…` components) so that they never collide with an operation the real spec gains: a
// fixture named like a plausible endpoint (`listProcesses`) broke every test once the spec had it.
import { specDocument } from './spec-contract.js';

/** The added operations' ids and paths (with the token placeholder). */
export const added = {
  inline: { operationId: 'testFixtureListProcesses', path: '/x-test/process-list/{token}' },
  viaRefs: {
    operationId: 'testFixtureGetProcessVersion',
    path: '/x-test/process-version/{token}/',
  },
  noExample: { operationId: 'testFixtureArchiveCase', path: '/x-test/archive/{token}' },
} as const;

/** Adds a fixture entry to a table of the spec; throws when the spec already has that key. */
function addFixture(table: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(table, key))
    throw new Error(`test fixture '${key}' collides with the spec: rename the fixture`);
  table[key] = value;
}

/** The example reply of the inline operation. */
export const inlineOperationExample = {
  resultCode: 0,
  resultMessage: 'OK',
  payload: [{ processId: 'sales-process', name: 'Sales' }],
};

/** The first of the `$ref` operation's `examples`. */
export const processVersionExample = {
  resultCode: 0,
  resultMessage: 'OK',
  payload: { version: 3 },
};

const tokenParameter = { $ref: '#/components/parameters/Token' };
const envelope = { $ref: '#/components/schemas/ResultEnvelope' };

/** A deep copy of the spec with the three operations added (the committed spec is untouched). */
export function extendedSpec(): Record<string, unknown> {
  const spec = structuredClone(specDocument) as unknown as {
    paths: Record<string, unknown>;
    components: Record<string, Record<string, unknown>>;
  };
  addFixture(spec.paths, added.inline.path, {
    post: {
      operationId: added.inline.operationId,
      parameters: [tokenParameter],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['userId'],
              properties: {
                userId: { type: 'string' },
                environment: { enum: ['production', 'draft'] },
              },
              additionalProperties: false,
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'The processes.',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { payload: { type: 'array' } } },
              example: inlineOperationExample,
            },
          },
        },
      },
    },
  });
  addFixture(spec.paths, added.viaRefs.path, {
    parameters: [tokenParameter],
    post: {
      operationId: added.viaRefs.operationId,
      requestBody: { $ref: '#/components/requestBodies/TestFixtureProcessVersionBody' },
      responses: { '200': { $ref: '#/components/responses/TestFixtureProcessVersionReply' } },
    },
  });
  addFixture(spec.paths, added.noExample.path, {
    post: {
      operationId: added.noExample.operationId,
      parameters: [tokenParameter],
      requestBody: {
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/GetCaseRequest' } },
        },
      },
      responses: {
        '200': { description: 'Result.', content: { 'application/json': { schema: envelope } } },
      },
    },
  });
  spec.components.requestBodies ??= {};
  addFixture(spec.components.requestBodies, 'TestFixtureProcessVersionBody', {
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['processId'],
          properties: { processId: { $ref: '#/components/schemas/ProcessId' } },
        },
      },
    },
  });
  spec.components.responses ??= {};
  addFixture(spec.components.responses, 'TestFixtureProcessVersionReply', {
    description: 'The version.',
    content: {
      'application/json': {
        schema: envelope,
        examples: {
          current: { value: processVersionExample },
          older: { value: { ...processVersionExample, payload: { version: 2 } } },
        },
      },
    },
  });
  return spec;
}
