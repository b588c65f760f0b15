// The wire-level assumption switches (see ../domain/assumptions.ts): which path forms are
// answered, the HTTP status of business errors, and which body members a read names.
import type { AssumptionSwitchValues } from '../domain/assumptions.js';
import { ResultCodes } from '../result-codes.js';
import type { DerivedOperation, DerivedSpec } from '../spec/derive-spec.js';

/** True when the `pathForms` switch lets a request path through (`both`: every path; assumption:path-forms-both). */
export function pathFormAnswered(
  path: string,
  pathForms: AssumptionSwitchValues['pathForms'],
): boolean {
  if (pathForms === 'both') return true;
  const slashed = path.length > 1 && path.endsWith('/');
  return pathForms === 'with-slash' ? slashed : !slashed;
}

/**
 * The HTTP status of a reply with `resultCode` under the `errorStatus` switch: 200 for every
 * BlizWork reply (`http-200`, the default; assumption:business-errors-http-200), or a matching 4xx
 * for business errors (`http-status`).
 */
export function httpStatusFor(
  resultCode: number,
  errorStatus: AssumptionSwitchValues['errorStatus'],
): number {
  if (errorStatus === 'http-200' || resultCode === ResultCodes.ok) return 200;
  if (resultCode === ResultCodes.invalidToken) return 401;
  if (resultCode === ResultCodes.malformedRequest) return 400;
  if (resultCode === ResultCodes.transactionLimitExceeded) return 429;
  if (resultCode === ResultCodes.unexpectedError) return 500;
  if (resultCode >= 300 && resultCode < 310) return 403;
  if (resultCode >= 310 && resultCode < 320) return 404;
  return 409;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const memberNamesCache = new WeakMap<DerivedOperation, ReadonlySet<string>>();

/** The property names of a schema, following local `$ref`s and `allOf` (not `anyOf`/`oneOf`). */
function propertyNames(schema: unknown, spec: DerivedSpec, names: Set<string>, depth = 0): void {
  if (!isObject(schema) || depth > 32) return;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/components/')) {
    const target = schema.$ref
      .slice('#/components/'.length)
      .split('/')
      .reduce<unknown>(
        (node, key) => (isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined),
        spec.components,
      );
    propertyNames(target, spec, names, depth + 1);
  }
  if (isObject(schema.properties))
    for (const name of Object.keys(schema.properties)) names.add(name);
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) propertyNames(part, spec, names, depth + 1);
  }
}

/**
 * The members of `body` its operation's request schema does not name (for the `unknownReadMembers`
 * switch, which breaks assumption:unknown-body-members-tolerated), sorted; none for a body that is not an object or an operation without a schema.
 */
export function unknownMembers(
  body: unknown,
  operation: DerivedOperation,
  spec: DerivedSpec,
): string[] {
  if (!isObject(body) || operation.requestSchema === undefined) return [];
  let known = memberNamesCache.get(operation);
  if (known === undefined) {
    const names = new Set<string>();
    propertyNames(operation.requestSchema, spec, names);
    known = names;
    memberNamesCache.set(operation, known);
  }
  const names = known;
  return Object.keys(body)
    .filter((name) => !names.has(name))
    .sort();
}
