// The migration guide's sample, verbatim between the markers in docs/en and docs/es:
// test/guides-show-samples.test.ts checks both guides show exactly this code, and
// test/samples-run.test.ts runs it against the emulator.
import { BlizWork, CaseDataLevel, FieldNotFoundError, type BlizWorkOptions } from '@blizwork/sdk';

/** Runs the migration guide's sample and returns what it printed. */
export async function fromPython(options: BlizWorkOptions): Promise<string[]> {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  // docs:start
  const bw = new BlizWork(options); // BlizWorkAPIInstance(token, userId)
  const sales = bw.process('sales-process'); // BlizWorkProcess

  // process.case(2, False, 0): the wrapper's default include level was 0, the SDK's is 3
  const c = await sales.getCase(2, { include: CaseDataLevel.CaseOnly });
  log(c.field('customer_name', null)); // get_field_value('customer_name', None): Globex
  try {
    c.field('no_such_field'); // no default: a typed error instead of a silent None
  } catch (error) {
    log(error instanceof FieldNotFoundError); // true
  }
  // force_environment('draft') becomes a derived client; `bw` stays on production
  const draft = bw.withOptions({ environment: 'draft' });
  log(bw.environment, draft.environment); // production draft
  // docs:end
  return lines;
}
