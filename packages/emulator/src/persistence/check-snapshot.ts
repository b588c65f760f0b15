import { isEnvironment, type Environment } from '../domain/terms.js';
import type { Directory } from '../state/directory.js';
import { isJsonObject, ownValue, type JsonObject } from '../state/json-values.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type EmulatorSnapshot } from './snapshot-types.js';

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isPositiveInteger: Check = (value) => Number.isInteger(value) && (value as number) > 0;
const isArray: Check = (value) => Array.isArray(value);

/** Required members of each list's items, with their checks. */
const itemShapes: Readonly<Record<string, Readonly<Record<string, Check>>>> = {
  cases: {
    companyId: isString,
    environment: isEnvironment,
    processSlug: isString,
    processVersion: Number.isInteger,
    caseNumber: isPositiveInteger,
    createAudit: isJsonObject,
    fields: isJsonObject,
    fieldValues: isArray,
    history: (value) => Array.isArray(value) && value.length > 0,
    closed: (value) => typeof value === 'boolean',
  },
  masterData: {
    companyId: isString,
    table: isString,
    records: (value) => Array.isArray(value) && value.every(isJsonObject),
  },
  notifications: { companyId: isString, template: isString, receivedAt: isString },
  extensionCalls: { url: isString, body: isJsonObject, status: Number.isInteger },
  attachments: {
    id: (value) => typeof value === 'string' && /^[0-9a-f]{32}$/.test(value),
    companyId: isString,
    fileName: isString,
    contentType: isString,
    contentBase64: isString,
  },
  handshakes: {
    token: isString,
    companyId: isString,
    endpoint: isString,
    used: (value) => typeof value === 'boolean',
  },
  fieldChanges: {
    companyId: isString,
    processId: isString,
    environment: isEnvironment,
    caseNumber: isPositiveInteger,
    step: Number.isInteger,
    fields: (value) => Array.isArray(value) && value.every(isString),
  },
};

function checkVersion(document: JsonObject): string | undefined {
  if (document.format !== SNAPSHOT_FORMAT) {
    return `not an emulator state file (format must be '${SNAPSHOT_FORMAT}')`;
  }
  const { version } = document;
  if (!Number.isInteger(version) || (version as number) < 1) {
    return 'version must be a positive integer';
  }
  if ((version as number) > SNAPSHOT_VERSION) {
    return `written by a newer emulator (format version ${String(version)}; this one reads up to ${SNAPSHOT_VERSION}): upgrade @blizwork/emulator`;
  }
  return undefined;
}

function checkItems(document: JsonObject): string | undefined {
  for (const [list, shape] of Object.entries(itemShapes)) {
    const items = ownValue(document, list);
    if (!Array.isArray(items)) return `${list} must be an array`;
    for (const [index, item] of items.entries()) {
      if (!isJsonObject(item)) return `${list}[${index}] must be an object`;
      for (const [member, check] of Object.entries(shape)) {
        if (!check(ownValue(item, member)))
          return `${list}[${index}].${member} is missing or malformed`;
      }
    }
  }
  return undefined;
}

function checkCaseProcesses(
  cases: readonly JsonObject[],
  directory: Directory,
): string | undefined {
  for (const [index, record] of cases.entries()) {
    const processId = record.processSlug as string;
    const environment = record.environment as Environment;
    if (directory.process(record.companyId as string, processId, environment) === undefined) {
      return `cases[${index}]: no ${environment} process '${processId}' of company '${String(record.companyId)}' in the seed; start with the seed that wrote this file`;
    }
  }
  return undefined;
}

/**
 * Why a parsed state file cannot be loaded into an emulator with this directory (from the seed),
 * or undefined when it can: a wrong format marker, a newer version, a malformed item, or a case
 * of a process the seed does not define.
 */
export function snapshotProblem(document: unknown, directory: Directory): string | undefined {
  if (!isJsonObject(document)) return 'must be a JSON object';
  return (
    checkVersion(document) ??
    checkItems(document) ??
    checkCaseProcesses(document.cases as JsonObject[], directory)
  );
}

/** Narrows a document `snapshotProblem` accepted. */
export const asSnapshot = (document: unknown): EmulatorSnapshot => document as EmulatorSnapshot;
