// The operations the flows add to a spec, written as a maintainer writes them by hand (YAML text in
// the file, an inline request body schema, the checklist of CONTRIBUTING's step 1). Their names are
// namespaced (`testFixture…` ids, `/x-test/` paths) so that they never collide with an operation
// the real spec gains (a fixture named `listProcesses` broke the suite once the spec had one), and
// carry this folder's name (`Contributing`), so that they never collide with the fixtures other
// tests add on top of the spec either (the emulator's tests add `testFixture…` operations).
import { parse } from 'yaml';

/**
 * A wire assumption a new operation rests on, defined as step 1 says: under the spec's root
 * `x-blizwork-assumptions`, with its Spanish text in `spec/assumptions.es.yaml`.
 */
export interface NewAssumption {
  readonly id: string;
  readonly english: AssumptionTexts;
  readonly spanish: AssumptionTexts;
}

/** The texts of an assumption, in one language. */
export interface AssumptionTexts {
  readonly reference: string;
  readonly statement: string;
  readonly reasoning: string;
  readonly ifWrong: string;
}

/** A new operation: its id, its path, and the reply its spec example gives (if any). */
export interface NewOperation {
  readonly operationId: string;
  readonly path: string;
  /**
   * What its facts rest on: a new assumption (the operation is `inferred`), or none (it is
   * `documented`, on page P1).
   */
  readonly assumption?: NewAssumption;
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
  assumption: {
    id: 'test-fixture-contributing-process-list',
    english: {
      reference: 'the web app, seen listing the processes (added by tests/contributing)',
      statement:
        'The process list endpoint takes `userId` and `environment` and lists the processes.',
      reasoning: 'A fixture of the CONTRIBUTING flow test: an operation no page documents.',
      ifWrong: 'The call fails with HTTP 404.',
    },
    spanish: {
      reference: 'la app web, vista al listar los procesos (agregada por tests/contributing)',
      statement:
        'El endpoint de la lista de procesos recibe `userId` y `environment` y lista los procesos.',
      reasoning:
        'Un fixture de la prueba del flujo de CONTRIBUTING: una operación que ninguna página documenta.',
      ifWrong: 'La llamada falla con HTTP 404.',
    },
  },
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

/** Where a fact of the operation comes from, as step 1 asks for every site it adds. */
const labelsOf = (operation: NewOperation): string =>
  operation.assumption === undefined
    ? 'x-blizwork-source: documented\nx-blizwork-pages: [P1]'
    : `x-blizwork-source: inferred\nx-blizwork-assumptions: [${operation.assumption.id}]`;

/** The lines of a top-level YAML block (`key:` at column 0) end where the next one starts. */
function insertAtEndOfBlock(text: string, key: string, added: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf(`${key}:`);
  if (start < 0) throw new Error(`the file has no top-level \`${key}:\``);
  let end = start + 1;
  while (end < lines.length && !/^\S/.test(lines[end]!)) end++;
  while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
  return [...lines.slice(0, end), added.trimEnd(), ...lines.slice(end)].join('\n');
}

/** The assumption as an entry of the spec's root `x-blizwork-assumptions` list. */
const assumptionYaml = ({ id, english }: NewAssumption): string =>
  indent(
    `- id: ${id}\n  source: inferred\n` +
      Object.entries(english)
        .map(([field, text]) => `  ${field}: ${yamlOf(text)}`)
        .join('\n'),
    2,
  );

/**
 * `spec/assumptions.es.yaml`'s text with the Spanish texts of the operations' new assumptions
 * added at the end of its `assumptions:` map (step 1: the Spanish docs page is generated from it).
 */
export function withSpanishTexts(esText: string, operations: readonly NewOperation[]): string {
  const entries = operations.flatMap(({ assumption }) =>
    assumption === undefined
      ? []
      : [
          indent(
            `${assumption.id}:\n` +
              Object.entries(assumption.spanish)
                .map(([field, text]) => `  ${field}: ${yamlOf(text)}`)
                .join('\n'),
            2,
          ),
        ],
  );
  return entries.length === 0
    ? esText
    : insertAtEndOfBlock(esText, 'assumptions', entries.join('\n'));
}

/** The path item of an operation, as YAML text at the depth of `paths:` entries. */
function pathItemYaml(operation: NewOperation): string {
  const bodyProperties = Object.keys(operation.requestExample).filter(
    (name) => name !== 'userId' && name !== 'environment',
  );
  const replyExample =
    operation.replyExample === undefined
      ? ''
      : `\n            example: ${yamlOf(operation.replyExample)}`;
  const labels = (spaces: number) => indent(labelsOf(operation), spaces).trimStart();
  const item = `${operation.path}:
  x-blizwork-path-forms:
    server: both
    documentation: ${operation.path}
    wrapper: null
  x-blizwork-assumptions: [path-forms-both]
  post:
    operationId: ${operation.operationId}
    summary: ${operation.operationId} (added by the CONTRIBUTING flow test)
    description: |
      Added by tests/contributing, as an endpoint ${
        operation.assumption === undefined
          ? "new in BlizWork's documentation"
          : 'no documentation page covers yet'
      } is.
    tags: [cases]
    ${labels(4)}
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
                ${labels(16)}
              environment:
                $ref: '#/components/schemas/Environment'
                ${labels(16)}${bodyProperties
                  .map(
                    (name) =>
                      `\n              ${name}:\n                type: string\n                minLength: 1\n                ${labels(16)}`,
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
                  ${labels(18)}
                resultMessage:
                  type: string
                  ${labels(18)}
                payload:
                  ${labels(18)}${replyExample}
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
  const withPaths = [...lines.slice(0, end), added.trimEnd(), ...lines.slice(end)].join('\n');
  const assumptions = operations.flatMap(({ assumption }) => (assumption ? [assumption] : []));
  const text =
    assumptions.length === 0
      ? withPaths
      : insertAtEndOfBlock(
          withPaths,
          'x-blizwork-assumptions',
          assumptions.map(assumptionYaml).join('\n'),
        );
  const spec = parse(text) as { paths: Record<string, { post?: { operationId?: string } }> };
  for (const operation of operations) {
    if (spec.paths[operation.path]?.post?.operationId !== operation.operationId)
      throw new Error(`${operation.operationId} did not land in the spec's paths`);
  }
  return text;
}
