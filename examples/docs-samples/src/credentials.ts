// The credentials guide's sample, verbatim between the markers in docs/en and docs/es:
// test/guides-show-samples.test.ts checks both guides show exactly this code, and
// test/samples-run.test.ts runs it against the emulator.
import { BlizWork, type EnvironmentVariables } from '@blizwork/sdk';

/** Builds clients the way the credentials guide shows, from `env`, and returns what it printed. */
export async function credentials(env: EnvironmentVariables): Promise<string[]> {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  // docs:start
  // BLIZWORK_TOKEN, BLIZWORK_USER_ID, BLIZWORK_COMPANY_ID (and BLIZWORK_BASE_URL) from `env`
  const bw = BlizWork.fromEnv(env);
  log(bw.userId, bw.environment); // ana@acme.test production
  log(JSON.stringify(bw).includes(env.BLIZWORK_TOKEN!)); // false: the token is never shown

  const draft = bw.withOptions({ environment: 'draft' }); // same credentials, draft version
  log(draft.environment, (await draft.process('sales-process').listCases()).length > 0); // draft true
  // docs:end
  return lines;
}
