// Starts bench/emulator-server in a child process and resolves its client options.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** A running emulator process: its client options, and a way to stop it (by its PID). */
export interface EmulatorProcess {
  clientOptions: { baseUrl: string; token: string; userId: string; companyId: string };
  stop(): void;
}

/** Forks the emulator with `transactionsPerSecond` (undefined: unlimited). */
export async function startEmulatorProcess(
  transactionsPerSecond?: number,
): Promise<EmulatorProcess> {
  const child: ChildProcess = fork(
    fileURLToPath(new URL('./emulator-server.mjs', import.meta.url)),
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      env: {
        ...process.env,
        ...(transactionsPerSecond === undefined
          ? {}
          : { BENCH_TPS: String(transactionsPerSecond) }),
      },
    },
  );
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return {
    clientOptions: JSON.parse(String(line)) as EmulatorProcess['clientOptions'],
    stop: () => {
      child.disconnect();
      child.kill();
    },
  };
}

/** A fetch that counts the replies carrying result code 200 (what the server refused). */
export function refusalCountingFetch(): { fetch: typeof fetch; refused: () => number } {
  let refused = 0;
  return {
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const text = await response.clone().text();
      if (/"(resultCode|status)":200\b/.test(text)) refused++;
      return response;
    },
    refused: () => refused,
  };
}
