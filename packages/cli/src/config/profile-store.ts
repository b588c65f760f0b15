// Reads and writes the profiles file. The file holds API tokens, so it is read and written as a
// private file (./private-file.ts: no links, 0600 in a 0700 directory, refused when others can
// read it), atomically (a temp file renamed over the old one), and a corrupt file is reported
// with its path and how to fix it, never overwritten silently.
import { CliError } from '../errors.js';
import type { PlanName } from '@blizwork/sdk';
import { isRecord } from '../is-record.js';
import { readPrivateFile, writePrivateFile } from './private-file.js';

/** One named set of credentials. */
export interface Profile {
  token: string;
  userId: string;
  companyId?: string;
  baseUrl?: string;
  /** The company's plan: paces every command (see `--tps`). */
  plan?: PlanName;
}

/** The whole file; profiles by name (a Map: the name comes from `--profile` or the file). */
export interface ConfigFile {
  profiles: Map<string, Profile>;
}

function corrupt(path: string, problem: string): CliError {
  return new CliError(`The config file ${path} is corrupt: ${problem}`, {
    hint: `Fix or delete it, then run \`blizwork login\` again.`,
  });
}

function checkProfile(path: string, name: string, value: unknown): Profile {
  if (!isRecord(value)) throw corrupt(path, `profile "${name}" is not an object`);
  for (const key of ['token', 'userId'] as const) {
    if (typeof value[key] !== 'string' || value[key] === '') {
      throw corrupt(path, `profile "${name}" has no ${key}`);
    }
  }
  return value as unknown as Profile;
}

/** The profiles in `path`; an empty set when the file does not exist. */
export async function readConfig(path: string): Promise<ConfigFile> {
  const text = await readPrivateFile(path);
  if (text === undefined) return { profiles: new Map() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw corrupt(path, 'it is not valid JSON');
  }
  if (!isRecord(parsed) || !isRecord(parsed.profiles)) {
    throw corrupt(path, 'it has no "profiles" object');
  }
  const profiles = new Map<string, Profile>();
  for (const [name, profile] of Object.entries(parsed.profiles)) {
    profiles.set(name, checkProfile(path, name, profile));
  }
  return { profiles };
}

/** Writes the profiles: directory 0700 (when it creates it), file 0600, replaced atomically. */
export async function writeConfig(path: string, config: ConfigFile): Promise<void> {
  // Own members whatever the names (a profile may be called `__proto__`).
  const file = { profiles: Object.fromEntries(config.profiles) };
  await writePrivateFile(path, `${JSON.stringify(file, null, 2)}\n`);
}
