// The runtimes guide's sample, verbatim between the markers in docs/en and docs/es:
// test/guides-show-samples.test.ts checks both guides show exactly this code, and
// test/samples-run.test.ts runs it against the emulator.
import { BlizWork } from '@blizwork/sdk';
import { createExtensionHandler } from '@blizwork/sdk/extension';

/** The guide's worker: a module whose default export has a `fetch(request)` handler. */
export function runtimeWorker(env: Record<string, string | undefined>) {
  // docs:start
  const bw = BlizWork.fromEnv(env); // Deno: pass Deno.env.toObject(); Workers: the env binding
  const handler = createExtensionHandler(bw, async (call) => ({ seen: call.caseNumber }), {
    publicUrl: 'https://hooks.example.com/blizwork',
  });
  const worker = { fetch: (request: Request) => handler(request) };
  // Bun: Bun.serve(worker) · Deno: Deno.serve(worker.fetch) · Workers: export default worker
  // docs:end
  return worker;
}
