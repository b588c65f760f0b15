/** The one line the CLI prints when its port is taken (instead of Node's EADDRINUSE error). */
export const portInUse = (host: string, port: number): string =>
  `blizwork-emulator: port ${port} on ${host} is already in use (another emulator?): ` +
  'stop it, or start with --port 0 (any free port) or another --port';
