import type { ScenarioConfig } from './scenario-config.js';

/** An extension call the emulator made, as the runner's control server lists it. */
export interface RecordedCall {
  readonly url: string;
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** The process and transition the scenario's extension is registered for. */
export const EXTENSION_TRIGGER = {
  processId: 'sales-process',
  formId: 'lead',
  nextFormId: 'qualification',
} as const;

async function send(config: ScenarioConfig, path: string, body?: unknown): Promise<unknown> {
  const reply = await fetch(`${config.controlUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!reply.ok) throw new Error(`control ${path} answered ${reply.status}`);
  return reply.json();
}

/** Registers `url` as the extension BlizWork (the emulator) calls on {@link EXTENSION_TRIGGER}. */
export async function registerExtension(config: ScenarioConfig, url: string): Promise<void> {
  await send(config, '/extensions', { ...EXTENSION_TRIGGER, url });
}

/** The extension calls the emulator made to `url`, oldest first. */
export async function callsTo(config: ScenarioConfig, url: string): Promise<RecordedCall[]> {
  const calls = (await send(config, '/extension-calls')) as RecordedCall[];
  return calls.filter((call) => call.url === url);
}
