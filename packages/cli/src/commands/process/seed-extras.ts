// What a seed file adds to a process graph besides the definition: the extensions registered on
// the process, and a seeded case's path (its `formPath`).
import type { CaseInput, GraphExtensionInput } from '@blizwork/process-graph';
import { readFile } from 'node:fs/promises';
import { CliError } from '../../errors.js';
import { isRecord } from '../../is-record.js';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** The seed's extensions on `processId`, and its case `caseNumber` (when asked) as a path. */
export async function seedExtras(
  path: string,
  processId: string,
  environment: string,
  caseNumber: number | undefined,
): Promise<{ extensions: GraphExtensionInput[]; case?: CaseInput }> {
  const seed: unknown = JSON.parse(await readFile(path, 'utf8'));
  const list = (name: 'extensions' | 'cases'): Record<string, unknown>[] =>
    isRecord(seed) && Array.isArray(seed[name]) ? seed[name].filter(isRecord) : [];
  const extensions = list('extensions')
    .filter((extension) => extension.processId === processId && text(extension.url) !== undefined)
    .map((extension) => {
      const formId = text(extension.formId);
      const nextFormId = text(extension.nextFormId);
      return {
        url: String(extension.url),
        ...(formId === undefined ? {} : { formId }),
        ...(nextFormId === undefined ? {} : { nextFormId }),
      };
    });
  if (caseNumber === undefined) return { extensions };
  const seeded = list('cases').find(
    (item) =>
      item.processId === processId &&
      item.caseNumber === caseNumber &&
      (text(item.environment) ?? 'production') === environment,
  );
  const formPath = Array.isArray(seeded?.formPath) ? seeded.formPath.filter((id) => text(id)) : [];
  if (seeded === undefined || formPath.length === 0) {
    throw new CliError(
      `The seed ${path} has no ${environment} case #${caseNumber} of ${processId}`,
      {
        hint: 'Give the number of a case the seed lists, or read the case from the API (--case without --seed).',
      },
    );
  }
  const ids = formPath as string[];
  return {
    extensions,
    case: {
      steps: ids.slice(1).map((nextFormId, index) => ({ formId: ids[index]!, nextFormId })),
      currentFormId: ids.at(-1)!,
    },
  };
}
