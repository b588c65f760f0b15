// A local npm registry for the release run: Verdaccio on 127.0.0.1 (a port the OS picks), storage
// in a temporary folder. `@blizwork/*` has no uplink: those packages exist only as the run
// publishes them, so an install can never pick up a copy from elsewhere. Everything else is proxied
// to the registry npm is configured with (`npm config get registry`, read at run time: the
// repository names no registry host). Proxied tarballs are kept between runs in a git-ignored
// cache folder, so a second run downloads nothing it already has.
import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedManifest } from './package-checks.js';

/** A running local registry. */
export interface LocalRegistry {
  /** Its URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** The registry process's PID. */
  pid: number;
  /** Stops the registry by its PID and waits for the process to exit. */
  stop(): Promise<void>;
}

/** Where and what the registry proxies. */
export interface LocalRegistryOptions {
  /** A temporary folder for the registry's storage and configuration (removed by the caller). */
  workDir: string;
  /** The registry that everything but `@blizwork/*` is proxied to. */
  uplinkUrl: string;
  /** A folder kept between runs for the proxied packages' metadata and tarballs. */
  cacheDir: string;
}

const READY_TIMEOUT_MS = 60_000;

/** Starts Verdaccio and resolves once it accepts connections (its ready line). */
export async function startLocalRegistry(options: LocalRegistryOptions): Promise<LocalRegistry> {
  const storage = join(options.workDir, 'storage');
  mkdirSync(storage, { recursive: true });
  mkdirSync(options.cacheDir, { recursive: true });
  // Verdaccio keeps a package where its `storage` says, relative to the main storage: the proxied
  // packages go to the kept cache through a link, the published ones stay in the temporary folder.
  symlinkSync(options.cacheDir, join(storage, 'proxied'));
  const config = {
    self_path: join(options.workDir, 'config.yaml'),
    storage,
    auth: { htpasswd: { file: join(options.workDir, 'htpasswd'), max_users: -1 } },
    uplinks: {
      // `maxage`: a proxied package's metadata is trusted for this long before it is asked again.
      upstream: { url: options.uplinkUrl, cache: true, maxage: '30m', timeout: '60s' },
    },
    packages: {
      '@blizwork/*': { access: '$all', publish: '$anonymous', unpublish: '$anonymous' },
      '**': { access: '$all', publish: '$authenticated', proxy: 'upstream', storage: 'proxied' },
    },
    web: { enable: false },
    // No server-side idle timeout: a client reusing a kept-alive socket at the moment the server
    // closes it gets "other side closed" on a busy machine. The process is stopped at the end.
    server: { keepAliveTimeout: 0 },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
    // The publish of an emulator with its dashboard bundle exceeds Verdaccio's 10 MB default.
    max_body_size: '100mb',
  };
  const configFile = join(options.workDir, 'registry-config.json');
  writeFileSync(configFile, JSON.stringify(config));

  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'registry-server.mjs'), configFile],
    {
      cwd: options.workDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('the local registry did not start (no PID)');
  let output = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => fail('no ready line'), READY_TIMEOUT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.off('close', onClose);
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL');
      reject(new Error(`the local registry did not start (${why}):\n${output}${stdout}`));
    };
    const onClose = (code: number | null) => fail(`exited with ${code}`);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{"url"'));
      if (line === undefined) return;
      clearTimeout(timer);
      child.off('close', onClose);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('close', onClose);
  });

  return {
    url,
    pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGTERM');
      await exited;
    },
  };
}

/** The registry document of one package (`GET /<name>`): its versions and dist-tags. */
export interface Packument {
  'dist-tags': Record<string, string>;
  versions: Record<string, PublishedManifest & { dist: { tarball: string } }>;
}

/** Reads a package's registry document from `registryUrl`; rejects on any status but 200. */
export async function fetchPackument(registryUrl: string, name: string): Promise<Packument> {
  const response = await fetch(new URL(name.replace('/', '%2f'), registryUrl));
  if (response.status !== 200) {
    throw new Error(
      `GET ${name} from the local registry answered ${response.status}: ${await response.text()}`,
    );
  }
  return (await response.json()) as Packument;
}
