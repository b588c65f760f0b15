import { specOperations } from '../generated/spec.gen.js';

/** The operations of the spec, by operationId. */
export type OperationId =
  | 'startCase'
  | 'executeActivity'
  | 'sendNotification'
  | 'validateCall'
  | 'validateCallByPath'
  | 'getCase'
  | 'listCases'
  | 'queryMasterData'
  | 'upsertMasterData'
  | 'deleteMasterData'
  | 'uploadAttachment';

/** A route matched from a request path: its operation and its decoded path parameters. */
export interface MatchedRoute {
  readonly operationId: OperationId;
  readonly params: Readonly<Record<string, string>>;
}

interface RouteTemplate {
  readonly operationId: OperationId;
  /** Path segments without the trailing slash; `{name}` marks a parameter. */
  readonly segments: readonly string[];
}

const splitPath = (path: string): string[] => {
  // Each path answers with and without one trailing slash, like Express does by default.
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
};

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes simply match no token
  }
};

const templates: readonly RouteTemplate[] = specOperations.map((operation) => ({
  operationId: operation.operationId as OperationId,
  segments: splitPath(operation.path),
}));

/** Finds the operation for a request path (query string already removed), or undefined. */
export function matchRoute(path: string): MatchedRoute | undefined {
  const segments = splitPath(path);
  for (const template of templates) {
    if (template.segments.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = template.segments.every((expected, index) => {
      const actual = segments[index] ?? '';
      if (expected.startsWith('{') && expected.endsWith('}')) {
        params[expected.slice(1, -1)] = decodeSegment(actual);
        return actual !== '';
      }
      return expected === actual;
    });
    if (matches) return { operationId: template.operationId, params };
  }
  return undefined;
}
