// The operations the flows add to a spec, written as a maintainer writes them by hand (YAML text in
// the file, an inline request body schema, the checklist of CONTRIBUTING's step 1). Their names are
// namespaced (`testFixture…` ids, `/x-test/` paths) so that they never collide with an operation
// the real spec gains (a fixture named `listProcesses` broke the suite once the spec had one), and
// carry this folder's name (`Contributing`), so that they never collide with the fixtures other
// tests add on top of the spec either (the emulator's tests add `testFixture…` operations).
import { parse } from 'yaml';

/** A new operation: its id, its path, and the reply its spec example gives (if any). */
export interface NewOperation {
  readonly operationId: string;
  readonly path: string;
  /** The example request body. */
  readonly requestExample: Record<string, unknown>;
  /** The example reply, or undefined when the spec gives none (the emulator answers 501). */
  readonly replyExample: Record<string, unknown> | undefined;
}

const processListReply = {
  resultCode: 0,
  resultMessage: 'OK',
  payload: [{ processId: 'sales-process', name: 'Sales' }],
};

/** The maintainers' flow: lists the processes of the company (userId and environment in its body). */
export const maintainersOperation: NewOperation = {
  operationId: 'testFixtureContributingListProcesses',
  path: '/x-test/contributing/process-list/{token}/',
  requestExample: { userId: 'usuario@organizacion.com', environment: 'production' },
  replyExample: processListReply,
};

/** The users' flow: two operations of their own, one with an example reply and one without. */
export const usersOperations = {
  withExample: {
    operationId: 'testFixtureContributingCountCases',
    path: '/x-test/contributing/case-count/{token}/',
    requestExample: { userId: 'usuario@organizacion.com', processId: 'sales-process' },
    replyExample: { resultCode: 0, resultMessage: 'OK', payload: { count: 3 } },
  },
  withoutExample: {
    operationId: 'testFixtureContributingArchiveCases',
    path: '/x-test/contributing/case-archive/{token}/',
    requestExample: { userId: 'usuario@organizacion.com', processId: 'sales-process' },
    replyExample: undefined,
  },
} satisfies Record<string, NewOperation>;

const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(spaces) + line))
    .join('\n');

const yamlOf = (value: unknown): string => JSON.stringify(value);

/** The path item of an operation, as YAML text at the depth of `paths:` entries. */
function pathItemYaml(operation: NewOperation): string {
  const bodyProperties = Object.keys(operation.requestExample).filter(
    (name) => name !== 'userId' && name !== 'environment',
  );
  const replyExample =
    operation.replyExample === undefined
      ? ''
      : `\n            example: ${yamlOf(operation.replyExample)}`;
  const item = `${operation.path}:
  x-blizwork-path-forms:
    server: both
    documentation: ${operation.path}
    wrapper: null
  post:
    operationId: ${operation.operationId}
    summary: ${operation.operationId} (added by the CONTRIBUTING flow test)
    description: |
      Added by tests/contributing, as an endpoint new in BlizWork's documentation is.
    tags: [cases]
    x-blizwork-source: documented
    x-blizwork-retry-safe: true
    parameters:
      - $ref: '#/components/parameters/Token'
    requestBody:
      required: true
      content:
        application/json:
          schema:
            type: object
            additionalProperties: false
            required: [${['userId', ...bodyProperties].join(', ')}]
            properties:
              userId:
                $ref: '#/components/schemas/UserId'
              environment:
                $ref: '#/components/schemas/Environment'${bodyProperties
                  .map(
                    (name) =>
                      `\n              ${name}:\n                type: string\n                minLength: 1`,
                  )
                  .join('')}
          example: ${yamlOf(operation.requestExample)}
    responses:
      '200':
        description: The reply.
        content:
          application/json:
            schema:
              type: object
              required: [resultCode]
              properties:
                resultCode:
                  type: integer
                resultMessage:
                  type: string
                payload: {}${replyExample}
      4XX:
        $ref: '#/components/responses/HttpError'
      5XX:
        $ref: '#/components/responses/HttpError'
`;
  return indent(item, 2);
}

/**
 * The spec's YAML text with the operations' path items added at the end of `paths:` (the rest of
 * the file byte for byte). Throws when the result does not hold them.
 */
export function withOperations(specText: string, operations: readonly NewOperation[]): string {
  const lines = specText.split('\n');
  const pathsLine = lines.indexOf('paths:');
  if (pathsLine < 0) throw new Error('the spec has no top-level `paths:`');
  let end = pathsLine + 1;
  while (end < lines.length && !/^\S/.test(lines[end]!)) end++;
  const added = operations.map(pathItemYaml).join('');
  const text = [...lines.slice(0, end), added.trimEnd(), ...lines.slice(end)].join('\n');
  const spec = parse(text) as { paths: Record<string, { post?: { operationId?: string } }> };
  for (const operation of operations) {
    if (spec.paths[operation.path]?.post?.operationId !== operation.operationId)
      throw new Error(`${operation.operationId} did not land in the spec's paths`);
  }
  return text;
}
