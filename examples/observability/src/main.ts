// `pnpm --filter @blizwork/example-observability start`: runs the observability example and
// prints what its hooks log and the spans OpenTelemetry's console exporter writes. With
// BLIZWORK_TOKEN (and BLIZWORK_USER_ID, BLIZWORK_BASE_URL, ...) set it uses those settings (the
// tests point them at an emulator they started); without, it starts the emulator on a free port.
import { startEmulator } from '@blizwork/emulator';
import { ENV_VARIABLES, type BlizWorkOptions } from '@blizwork/sdk';
import { observability } from './observability.js';

/** The client settings the BLIZWORK_* variables give (only those set and non-empty). */
function optionsFromEnv(): BlizWorkOptions {
  const entries = Object.entries(ENV_VARIABLES).flatMap(([option, name]) => {
    const value = process.env[name];
    return value ? [[option, value] as const] : [];
  });
  return Object.fromEntries(entries) as unknown as BlizWorkOptions;
}

async function main(): Promise<void> {
  if (process.env[ENV_VARIABLES.token]) {
    for (const line of await observability(optionsFromEnv())) console.log(line);
    return;
  }
  const emulator = await startEmulator({ port: 0 });
  try {
    for (const line of await observability(emulator.clientOptions)) console.log(line);
  } finally {
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
