/** What the runner tells every runtime: where the emulator and the runner's control server are. */
export interface ScenarioConfig {
  /** The emulator's base URL (a Node server on 127.0.0.1). */
  readonly emulatorUrl: string;
  readonly token: string;
  readonly userId: string;
  readonly companyId: string;
  /** The runner's control server: registers extensions, lists the emulator's extension calls. */
  readonly controlUrl: string;
  /** A loopback URL where nothing listens, for the connection-error check. */
  readonly closedUrl: string;
}
