// Reads every assumption this repository makes about the BlizWork API, and checks that the spec
// labels every fact with its source. One reader for `pnpm generate` (which writes
// src/generated/assumptions.gen.ts from it), the provenance test and the docs page generator.
//
// Two places define assumptions:
// - wire assumptions (request and reply shapes) in the spec, under the root `x-blizwork-assumptions`;
// - behaviour assumptions (what the code assumes about how BlizWork behaves) in spec/assumptions.yaml.
// Every operation, path item, parameter, component schema, schema property and plan of the spec says
// where it comes from: `x-blizwork-source` (`documented`, `wrapper` or `inferred`), with the documentation
// pages (`x-blizwork-pages: [P3]`) when documented and the assumption ids it rests on
// (`x-blizwork-assumptions: [filter-equality]`) when not. Any site may name extra assumptions (a
// documented member whose requiredness is inferred, for instance).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Where a fact or an assumption comes from. */
export const SOURCES = ['documented', 'wrapper', 'inferred'];

/** The committed locations of the two definitions. */
export const defaultPaths = {
  spec: fileURLToPath(new URL('../../../spec/blizwork.openapi.yaml', import.meta.url)),
  registry: fileURLToPath(new URL('../../../spec/assumptions.yaml', import.meta.url)),
};

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const FIELDS = ['id', 'source', 'reference', 'statement', 'reasoning', 'ifWrong'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value) => typeof value === 'string' && value.trim() !== '';

/** The assumption definitions of one file, with the problems found in them. */
function readDefinitions(list, kind, where, pages, problems) {
  if (!Array.isArray(list)) {
    problems.push(`${where}: expected a list of assumptions`);
    return [];
  }
  const allowed = new Set([...FIELDS, ...(kind === 'behaviour' ? ['subjects'] : [])]);
  return list
    .map((entry, index) => {
      const at = `${where}[${index}]${isObject(entry) && nonEmpty(entry.id) ? ` (${entry.id})` : ''}`;
      if (!isObject(entry)) {
        problems.push(`${at}: expected an object`);
        return undefined;
      }
      for (const key of Object.keys(entry))
        if (!allowed.has(key)) problems.push(`${at}: unknown key "${key}"`);
      for (const field of FIELDS)
        if (!nonEmpty(entry[field])) problems.push(`${at}: "${field}" must be a non-empty string`);
      if (nonEmpty(entry.id) && !ID.test(entry.id))
        problems.push(`${at}: the id must be kebab-case (a-z, 0-9, "-")`);
      if (nonEmpty(entry.source) && !SOURCES.includes(entry.source))
        problems.push(`${at}: "source" must be one of ${SOURCES.join(', ')}`);
      if (entry.source === 'documented' && nonEmpty(entry.reference)) {
        const cited = entry.reference.match(/\bP\d+\b/g) ?? [];
        if (!cited.some((page) => Object.hasOwn(pages, page)))
          problems.push(`${at}: a documented assumption's reference must name its page (P1..P8)`);
      }
      const subjects = kind === 'behaviour' ? entry.subjects : [];
      if (
        kind === 'behaviour' &&
        !(Array.isArray(subjects) && subjects.length > 0 && subjects.every(nonEmpty))
      )
        problems.push(`${at}: "subjects" must list what relies on it (non-empty strings)`);
      return {
        id: entry.id,
        kind,
        source: entry.source,
        reference: entry.reference,
        statement: entry.statement,
        reasoning: entry.reasoning,
        ifWrong: entry.ifWrong,
        subjects: Array.isArray(subjects) ? [...subjects] : [],
      };
    })
    .filter((definition) => definition !== undefined);
}

/**
 * Every place of the spec that states a fact, with a readable name: path items, operations
 * (paths and webhooks), parameters, component schemas and every schema property at any depth.
 * `label: 'source'` sites need `x-blizwork-source`; `'assumptions'` sites (path items, whose one
 * fact is which path forms the server accepts) need `x-blizwork-assumptions`.
 */
function specSites(spec) {
  const sites = [];
  const properties = (schema, name) => {
    if (!isObject(schema)) return;
    for (const [key, property] of Object.entries(
      isObject(schema.properties) ? schema.properties : {},
    )) {
      sites.push({ name: `${name}.${key}`, node: property, label: 'source' });
      properties(property, `${name}.${key}`);
    }
    for (const part of ['allOf', 'anyOf', 'oneOf'])
      for (const branch of Array.isArray(schema[part]) ? schema[part] : [])
        properties(branch, name);
    if (isObject(schema.items)) properties(schema.items, `${name}[]`);
    if (isObject(schema.additionalProperties)) properties(schema.additionalProperties, `${name}.*`);
  };
  const operation = (op, name) => {
    sites.push({ name, node: op, label: 'source' });
    for (const parameter of Array.isArray(op.parameters) ? op.parameters : []) {
      if (isObject(parameter) && typeof parameter.$ref !== 'string')
        sites.push({
          name: `${name} parameter ${parameter.name}`,
          node: parameter,
          label: 'source',
        });
    }
    const body = op.requestBody?.content?.['application/json']?.schema;
    if (isObject(body) && typeof body.$ref !== 'string') properties(body, `${name} body`);
    for (const [status, response] of Object.entries(isObject(op.responses) ? op.responses : {})) {
      const schema = response?.content?.['application/json']?.schema;
      if (isObject(schema) && typeof schema.$ref !== 'string')
        properties(schema, `${name} reply ${status}`);
    }
  };
  for (const [path, item] of Object.entries(isObject(spec.paths) ? spec.paths : {})) {
    sites.push({ name: `path ${path}`, node: item, label: 'assumptions' });
    for (const method of METHODS) {
      if (isObject(item[method])) operation(item[method], `operation ${item[method].operationId}`);
    }
  }
  for (const [name, item] of Object.entries(isObject(spec.webhooks) ? spec.webhooks : {})) {
    for (const method of METHODS)
      if (isObject(item[method])) operation(item[method], `webhook ${name}`);
  }
  const components = isObject(spec.components) ? spec.components : {};
  for (const [name, parameter] of Object.entries(components.parameters ?? {}))
    sites.push({ name: `parameter ${name}`, node: parameter, label: 'source' });
  for (const [name, response] of Object.entries(components.responses ?? {}))
    sites.push({ name: `response ${name}`, node: response, label: 'optional' });
  for (const [name, schema] of Object.entries(components.schemas ?? {})) {
    sites.push({ name: `schema ${name}`, node: schema, label: 'source' });
    properties(schema, name);
  }
  // The plans (root `x-blizwork-plans`, generated into plans.gen.ts): the section and each plan.
  const plans = isObject(spec['x-blizwork-plans']) ? spec['x-blizwork-plans'] : undefined;
  if (plans !== undefined) {
    sites.push({ name: 'x-blizwork-plans', node: plans, label: 'source' });
    for (const [id, plan] of Object.entries(isObject(plans.plans) ? plans.plans : {}))
      sites.push({ name: `plan ${id}`, node: plan, label: 'source' });
  }
  return sites;
}

/**
 * Reads and checks both definitions. Returns every assumption (wire first, in spec order, then
 * behaviour, in file order), each with `subjects`: the spec sites labelled with it (and, for a
 * behaviour, what its entry says relies on it); the documentation pages; and `problems`, one line
 * per missing or wrong label (empty when everything is labelled).
 */
export function readAssumptions({ spec, registry }) {
  const problems = [];
  const pages = isObject(spec['x-blizwork-documentation-pages'])
    ? spec['x-blizwork-documentation-pages']
    : {};
  if (Object.keys(pages).length === 0)
    problems.push(
      'spec: the root x-blizwork-documentation-pages (P1..P8, title and url) is missing',
    );
  for (const [page, entry] of Object.entries(pages)) {
    if (
      !/^P\d+$/.test(page) ||
      !isObject(entry) ||
      !nonEmpty(entry.title) ||
      !/^https:\/\//.test(entry.url ?? '')
    )
      problems.push(`spec: x-blizwork-documentation-pages.${page} needs a title and an https url`);
  }
  const definitions = [
    ...readDefinitions(
      spec['x-blizwork-assumptions'],
      'wire',
      'spec x-blizwork-assumptions',
      pages,
      problems,
    ),
    ...readDefinitions(
      registry?.assumptions,
      'behaviour',
      'spec/assumptions.yaml assumptions',
      pages,
      problems,
    ),
  ];
  const byId = new Map();
  for (const definition of definitions) {
    if (byId.has(definition.id)) problems.push(`assumption "${definition.id}" is defined twice`);
    else byId.set(definition.id, definition);
  }
  for (const { name, node, label } of specSites(spec)) {
    if (!isObject(node)) continue;
    const source = node['x-blizwork-source'];
    const ids = node['x-blizwork-assumptions'];
    const cited = node['x-blizwork-pages'];
    if (ids !== undefined && !(Array.isArray(ids) && ids.length > 0 && ids.every(nonEmpty)))
      problems.push(`${name}: x-blizwork-assumptions must be a non-empty list of assumption ids`);
    if (label === 'assumptions' && ids === undefined)
      problems.push(`${name}: needs x-blizwork-assumptions (e.g. [path-forms-both])`);
    if (label === 'source') {
      if (!SOURCES.includes(source)) {
        problems.push(`${name}: needs x-blizwork-source (${SOURCES.join(', ')})`);
      } else if (source === 'documented') {
        if (!(
          Array.isArray(cited) &&
          cited.length > 0 &&
          cited.every((page) => Object.hasOwn(pages, page))
        ))
          problems.push(
            `${name}: documented, so it needs x-blizwork-pages naming its pages (P1..P8)`,
          );
      } else if (ids === undefined) {
        problems.push(
          `${name}: ${source}, so it needs x-blizwork-assumptions naming what it rests on`,
        );
      }
    }
    if (cited !== undefined && SOURCES.includes(source) && source !== 'documented')
      problems.push(`${name}: x-blizwork-pages is only for documented facts`);
    for (const id of Array.isArray(ids) ? ids : []) {
      const definition = byId.get(id);
      if (definition === undefined) problems.push(`${name}: assumption "${id}" is not defined`);
      else definition.subjects.push(name);
    }
  }
  for (const definition of definitions) {
    if (definition.kind === 'wire' && !definition.subjects.length)
      problems.push(`wire assumption "${definition.id}" labels nothing in the spec`);
  }
  return { assumptions: definitions, pages, problems };
}

/** Reads the committed spec and registry (or the given files). */
export function readAssumptionFiles(paths = defaultPaths) {
  return readAssumptions({
    spec: parse(readFileSync(paths.spec, 'utf8')),
    registry: parse(readFileSync(paths.registry, 'utf8')),
  });
}
