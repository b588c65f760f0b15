// The "when the API changes" guide's sample, verbatim between the markers in docs/en and docs/es:
// test/guides-show-samples.test.ts checks both guides show exactly this code, and
// test/samples-run.test.ts runs it against the emulator.
import { listCases } from '@blizwork/client';
import { BlizWork, type BlizWorkOptions } from '@blizwork/sdk';

/** Calls the emulator through `raw` and `request`, as the guide shows, and returns what it printed. */
export async function apiChanges(options: BlizWorkOptions): Promise<string[]> {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  const bw = new BlizWork(options);
  // docs:start
  // An operation in the spec that the SDK does not wrap (yet): typed from the spec.
  const list = await bw.raw(listCases, { body: { processId: 'sales-process' } });
  log(list.resultCode, list.payload?.length); // 0 3

  // An endpoint in no spec yet: POST <baseUrl><path>/<token>, the body exactly as given.
  const reply = await bw.request<{ resultCode: number; payload: unknown[] }>('/process/case-list', {
    userId: bw.userId,
    environment: bw.environment,
    processId: 'sales-process',
  });
  log(reply.resultCode, reply.payload.length); // 0 3
  // docs:end
  return lines;
}
