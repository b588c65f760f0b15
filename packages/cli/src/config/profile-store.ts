// Reads and writes the profiles file. The file holds API tokens, so it is written 0600 in a 0700
// directory, atomically (a temp file renamed over the old one), and a corrupt file is reported with
// its path and how to fix it, never overwritten silently.
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from '../errors.js';
import type { PlanName } from '@blizwork/sdk';
import { isRecord } from '../is-record.js';

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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: new Map() };
    throw new CliError(`Cannot read the config file ${path}`, {
      hint: 'Check its permissions.',
      cause: error,
    });
  }
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

/** Writes the profiles: directory 0700, file 0600, replaced atomically. */
export async function writeConfig(path: string, config: ConfigFile): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const temp = `${path}.${process.pid}.tmp`;
  const file = { profiles: Object.fromEntries(config.profiles) };
  await writeFile(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  await chmod(temp, 0o600);
  await rename(temp, path);
}
