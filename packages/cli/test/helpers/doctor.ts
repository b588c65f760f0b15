// `runDoctor` against a real server, in-process (no spawned CLI): settings read from environment
// variables exactly as a command reads them, pointed at the server.
import type { AssumptionId } from '@blizwork/client';
import { startEmulator, type Emulator, type EmulatorOptions } from '@blizwork/emulator';
import { resolveSettings, type Settings } from '../../src/config/settings.js';
import type { ProbeResult } from '../../src/commands/doctor/probes/probe-types.js';
import type { DoctorReport } from '../../src/commands/doctor/render.js';
import { runDoctor, type DoctorOptions } from '../../src/commands/doctor/run-doctor.js';
import { tempDir } from './run-cli.js';

/** The settings of a profile-less command whose environment points at `baseUrl`. */
export function settingsFor(
  baseUrl: string,
  credentials: { token: string; userId: string; companyId?: string },
  extra: Record<string, string> = {},
): Promise<Settings> {
  return resolveSettings(
    {},
    {
      BLIZWORK_CONFIG_DIR: tempDir('blizwork-doctor-config-'),
      BLIZWORK_TOKEN: credentials.token,
      BLIZWORK_USER_ID: credentials.userId,
      BLIZWORK_BASE_URL: baseUrl,
      ...(credentials.companyId === undefined
        ? {}
        : { BLIZWORK_COMPANY_ID: credentials.companyId }),
      ...extra,
    },
  );
}

/** The doctor's options: nothing asked beyond the basic checks, unless given. */
export const doctorOptions = (options: Partial<DoctorOptions> = {}): DoctorOptions => ({
  conformance: false,
  probe: false,
  writeDraft: false,
  only: [],
  ...options,
});

/** Runs the doctor against an emulator started with `emulatorOptions`, then closes it. */
export async function doctorAgainstEmulator(
  emulatorOptions: EmulatorOptions,
  options: Partial<DoctorOptions>,
  adjust: (settings: Settings) => Settings = (settings) => settings,
): Promise<DoctorReport> {
  const emulator: Emulator = await startEmulator({
    port: 0,
    log: () => undefined,
    ...emulatorOptions,
  });
  try {
    const settings = adjust(await settingsFor(emulator.url, emulator.clientOptions));
    return await runDoctor(doctorOptions(options), { settings });
  } finally {
    await emulator.close();
  }
}

/** The probe rows of one assumption. */
export const rowsOf = (report: DoctorReport, id: AssumptionId): ProbeResult[] =>
  (report.probes ?? []).filter((row) => row.assumption === id);
