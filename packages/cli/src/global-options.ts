// The options every command takes (declared on the root program, read with optsWithGlobals).

/** Options shared by every command. */
export interface GlobalOptions {
  /** The profile to use. @default BLIZWORK_PROFILE, else "default" */
  profile?: string;
  /** The API base URL, e.g. an emulator's (wins over the profile and BLIZWORK_BASE_URL). */
  baseUrl?: string;
  /** Transactions per second: overrides the profile's plan. */
  tps?: string;
  /** The process version to work on: production or draft. */
  env?: string;
  /** Machine-readable output on stdout, nothing else. */
  json?: boolean;
  /** Errors show their cause chain. */
  verbose?: boolean;
}

/** The profile name the options (or BLIZWORK_PROFILE) select. */
export function profileName(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): string {
  return options.profile ?? (env.BLIZWORK_PROFILE || 'default');
}
