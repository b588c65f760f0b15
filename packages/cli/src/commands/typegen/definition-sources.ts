// Where typegen reads process definitions: an emulator seed file, or a case read with include 3.
import { CaseDataLevel, type BlizWork, type Case, type Environment } from '@blizwork/sdk';
import { readFile } from 'node:fs/promises';
import { CliError } from '../../errors.js';
import { checkDefinition, type ProcessDefinition } from './definition.js';
import { isRecord } from '../../is-record.js';

/** The definition of `processId` in the seed file `path`, for `environment` (production by default). */
export async function definitionFromSeed(
  path: string,
  processId: string,
  environment: Environment,
): Promise<ProcessDefinition> {
  let seed: unknown;
  try {
    seed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`Cannot read the seed ${path}: ${(error as Error).message}`, {
      hint: 'Give an emulator seed file (see @blizwork/emulator seed.schema.json).',
      exitCode: 2,
    });
  }
  const processes =
    isRecord(seed) && Array.isArray(seed.processes) ? seed.processes.filter(isRecord) : [];
  const versions = processes.filter((process) => process.processId === processId);
  // A process given for one environment only serves both (as in the emulator).
  const match =
    versions.find((process) => (process.environment ?? 'production') === environment) ??
    versions[0];
  if (match === undefined) {
    const known =
      [...new Set(processes.map((process) => String(process.processId)))].join(', ') || 'none';
    throw new CliError(`The seed ${path} has no process ${processId}`, {
      hint: `Its processes: ${known}.`,
    });
  }
  return checkDefinition(match, processId, `the seed ${path}`);
}

/**
 * The case `caseNumber` of `processId`, read with include 3, and its checked process definition.
 * Its shape (forms with fields and next forms) is the emulator's
 * (assumption:process-definition-shape).
 */
export async function caseWithDefinition(
  bw: BlizWork,
  processId: string,
  caseNumber: number,
): Promise<{ case: Case; definition: ProcessDefinition }> {
  const c = await bw
    .process(processId)
    .getCase(caseNumber, { include: CaseDataLevel.PlusProcessDefinition });
  return {
    case: c,
    definition: checkDefinition(c.document.processDefinition, processId, `case #${caseNumber}`),
  };
}

/** The definition of `processId` from its case `caseNumber`, read with include 3. */
export async function definitionFromCase(
  bw: BlizWork,
  processId: string,
  caseNumber: number,
): Promise<ProcessDefinition> {
  return (await caseWithDefinition(bw, processId, caseNumber)).definition;
}
