import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`: ESM sees the module object, CJS the function.
const addFormats = ((addFormatsImport as unknown as { default?: FormatsPlugin }).default ??
  addFormatsImport) as FormatsPlugin;

/** OpenAPI annotations that are not JSON Schema keywords: accepted, ignored. */
function annotationKeywords(schemas: unknown): string[] {
  const found = new Set<string>(['example']);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith('x-')) found.add(key);
        visit(child);
      }
    }
  };
  visit(schemas);
  return [...found].sort();
}

/** How strict an ajv instance is about its schemas. */
export interface AjvStrictness {
  /**
   * Ignore unknown keywords and formats instead of refusing the schema: for a spec, which Redocly
   * lints and which may use any OpenAPI annotation the client generator accepts. Seeds stay strict.
   */
  readonly tolerant?: boolean;
}

/**
 * A draft 2020-12 ajv instance with the standard formats, which also accepts the OpenAPI
 * annotations (`example`, `x-*`) found in `schemas`, so strict mode still catches real typos.
 * `allErrors` lists every problem (seeds) instead of stopping at the first (requests, faster).
 */
export function createAjv(
  schemas: unknown = {},
  allErrors = false,
  { tolerant = false }: AjvStrictness = {},
): Ajv2020 {
  const ajv = new Ajv2020({
    strict: !tolerant,
    ...(tolerant ? { logger: false as const } : {}),
    allErrors,
    keywords: ['components', ...annotationKeywords(schemas)],
  });
  addFormats(ajv);
  return ajv;
}
