import type { DerivedOperation } from './derive-spec.js';

/** A route matched from a request path: its operation and its decoded path parameters. */
export interface MatchedRoute {
  readonly operation: DerivedOperation;
  readonly params: Readonly<Record<string, string>>;
}

/** What a path matched: an operation for this method, or only other methods (405), or nothing (404). */
export type RouteMatch =
  | { readonly kind: 'found'; readonly route: MatchedRoute }
  | { readonly kind: 'otherMethods'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' };

interface RouteTemplate {
  readonly operation: DerivedOperation;
  /** Path segments without the trailing slash; `{name}` marks a parameter. */
  readonly segments: readonly string[];
  /** For each segment, the parameter's name, or undefined for a literal segment. */
  readonly parameters: readonly (string | undefined)[];
}

const splitPath = (path: string): string[] => {
  // Each path answers with and without one trailing slash, like Express does by default (and the
  // real service: the docs write `/exec/{token}`, the Python wrapper sends `/exec/{token}/`;
  // assumption:path-forms-both).
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

function matchTemplate(
  template: RouteTemplate,
  segments: readonly string[],
): Record<string, string> | undefined {
  if (template.segments.length !== segments.length) return undefined;
  // Compared first, decoded only on a match: most templates are tried and refused per request.
  for (let index = 0; index < segments.length; index++) {
    const actual = segments[index];
    const matches =
      template.parameters[index] === undefined
        ? template.segments[index] === actual
        : actual !== '';
    if (!matches) return undefined;
  }
  // Own properties whatever the spec names its parameters (`__proto__` included).
  return Object.fromEntries(
    template.parameters.flatMap((name, index) =>
      name === undefined ? [] : [[name, decodeSegment(segments[index] ?? '')]],
    ),
  );
}

const parameterName = (segment: string): string | undefined =>
  segment.startsWith('{') && segment.endsWith('}') ? segment.slice(1, -1) : undefined;

/** Finds an operation by request method and path (query string already removed). */
export type Router = (method: string, path: string) => RouteMatch;

/** Paths whose match is remembered at most; past it the memo starts over. */
const MAX_REMEMBERED_PATHS = 512;

/**
 * Remembers the router's answer per method and path: a client calls the same few paths (its token
 * in each) over and over, and a spec's routes never change. Answers are frozen, as they are shared.
 */
function remembered(router: Router): Router {
  const answers = new Map<string, RouteMatch>();
  return (method, path) => {
    const key = `${method} ${path}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = router(method, path);
      if (answer.kind === 'found') Object.freeze(answer.route.params);
      if (answers.size >= MAX_REMEMBERED_PATHS) answers.clear();
      answers.set(key, Object.freeze(answer));
    }
    return answer;
  };
}

/** Builds the router of a spec's operations (every path with and without a trailing slash). */
export function createRouter(operations: readonly DerivedOperation[]): Router {
  const templates: RouteTemplate[] = operations.map((operation) => {
    const segments = splitPath(operation.path);
    return { operation, segments, parameters: segments.map(parameterName) };
  });
  return remembered((method, path) => {
    const segments = splitPath(path);
    const allowed: string[] = [];
    for (const template of templates) {
      const params = matchTemplate(template, segments);
      if (params === undefined) continue;
      if (template.operation.method === method) {
        return { kind: 'found', route: { operation: template.operation, params } };
      }
      allowed.push(template.operation.method);
    }
    return allowed.length === 0 ? { kind: 'none' } : { kind: 'otherMethods', allowed };
  });
}
