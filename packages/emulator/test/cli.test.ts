import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { showOutputOnFailure, withOutput } from '../../../test-support/process-output.mjs';
import { ApiClient } from './helpers/api-client.js';
import { cliPath, ensureBuilt } from './helpers/cli-process.js';
import { acme } from './helpers/use-emulator.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = cliPath;

// The CLI is tested as shipped (dist/cli.mjs). Turbo builds before testing; a bare `vitest run` in
// a fresh clone builds here once.
beforeAll(ensureBuilt);

interface Banner {
  readonly url: string;
  readonly token: string;
  readonly userId: string;
  readonly companyId: string;
}

/** Starts the CLI and resolves with its banner once printed. */
function startCli(
  args: string[],
): Promise<{ child: ChildProcess; banner: Banner; output: () => string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  showOutputOnFailure(`blizwork-emulator ${args.join(' ')} (stdout and stderr)`, () => output);
  return new Promise((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const field = (name: string) => new RegExp(`${name}:\\s+(\\S+)`).exec(output)?.[1];
      const url = /listening on (\S+)/.exec(output)?.[1];
      const [token, userId, companyId] = [field('token'), field('userId'), field('companyId')];
      if (url && token && userId && companyId && output.includes('Ctrl-C')) {
        resolve({ child, banner: { url, token, userId, companyId }, output: () => output });
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code) =>
      reject(new Error(`CLI exited with ${String(code)} before its banner:\n${output}`)),
    );
  });
}

const exitOf = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.once('exit', (code) => resolve(code)));

/** Runs the CLI to completion without blocking the event loop (a test's own server must answer). */
function runCliAsync(args: string[]): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  showOutputOnFailure(`blizwork-emulator ${args.join(' ')} (stderr)`, () => stderr);
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stderr })));
}

/** Runs the CLI to completion (for arguments that make it exit at once). */
function runCli(args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  showOutputOnFailure(`blizwork-emulator ${args.join(' ')} (stderr)`, () => run.stderr);
  return run;
}

describe('blizwork-emulator CLI', () => {
  it('prints the real URL and the credentials, serves requests, and exits 0 on SIGINT', async () => {
    const { child, banner, output } = await startCli(['--port', '0']);
    const exited = exitOf(child);
    expect(banner.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    expect(banner).toMatchObject({
      token: acme.token,
      userId: acme.ana,
      companyId: acme.companyId,
    });
    const reply = await new ApiClient(banner.url, banner.token).call('getCase', {
      userId: banner.userId,
      processId: acme.process,
      caseNumber: 2,
    });
    expect(reply.body.payload.fields.customer_name).toBe('Globex');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output()).toContain('BlizWork emulator stopped.');
  });

  it('lets only the --cors-origin origin read API replies', async () => {
    const origin = 'http://localhost:5173';
    const { child, banner } = await startCli(['--port', '0', '--cors-origin', origin]);
    const exited = exitOf(child);
    const allowedFor = async (from: string) =>
      (await fetch(`${banner.url}/no-such-path`, { headers: { origin: from } })).headers.get(
        'access-control-allow-origin',
      );
    expect(await allowedFor(origin)).toBe(origin);
    expect(await allowedFor('http://evil.test')).toBeNull();
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('exits 0 on SIGTERM', async () => {
    const { child } = await startCli(['--port', '0']);
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('uses the credentials of the seed file when --seed is given', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emulator-cli-')), 'seed.json');
    writeFileSync(
      file,
      JSON.stringify({
        companies: [{ companyId: 'c9', name: 'C9', tokens: ['tok-c9'], users: ['u@c9.test'] }],
      }),
    );
    const { child, banner } = await startCli(['--port', '0', '--seed', file]);
    const exited = exitOf(child);
    expect(banner).toMatchObject({ token: 'tok-c9', userId: 'u@c9.test', companyId: 'c9' });
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('prints the usage and exits 0 for --help', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: blizwork-emulator');
  });

  it.each([[['--port', 'abc']], [['--port', '70000']], [['--bogus']]])(
    'exits 2 with the usage for %j',
    (args) => {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage: blizwork-emulator');
    },
  );

  it('exits 1 with the seed problems when the seed file is invalid', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'emulator-cli-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ companies: [] }));
    const result = runCli(['--port', '0', '--seed', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('companies: must NOT have fewer than 1 items');
  });

  it('exits 1 with one line suggesting --port 0 when the port is busy', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const result = await runCliAsync(['--port', String(port)]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `blizwork-emulator: port ${port} on 127.0.0.1 is already in use (another emulator?): stop it, or start with --port 0 (any free port) or another --port\n`,
      );
    } finally {
      busy.close();
    }
  });

  it('caps the attachment store with --max-attachment-bytes', async () => {
    const { child, banner } = await startCli(['--port', '0', '--max-attachment-bytes', '2']);
    const exited = exitOf(child);
    const api = new ApiClient(banner.url, banner.token);
    const body = { userId: banner.userId, filename: 'a.txt', file: 'aGk=' }; // 2 bytes
    expect((await api.call('uploadAttachment', body)).body.resultCode).toBe(0);
    expect((await api.call('uploadAttachment', body)).body.resultCode).toBe(340);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('exits 2 with the usage for a malformed --max-attachment-bytes', () => {
    const result = runCli(['--max-attachment-bytes', '1e3']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--max-attachment-bytes must be an integer >= 0, got 1e3');
  });

  it('runs from the committed bin shim, which says how to build when dist/ is missing', () => {
    const shim = join(packageDir, 'bin/blizwork-emulator.js');
    const viaShim = spawnSync(process.execPath, [shim, '--help'], { encoding: 'utf8' });
    expect(
      [viaShim.status, viaShim.stdout],
      withOutput('the shim with --help', 'stderr', viaShim.stderr),
    ).toEqual([0, expect.stringContaining('Usage: blizwork-emulator')]);
    // The same shim in a package folder that was never built.
    const unbuilt = mkdtempSync(join(tmpdir(), 'emulator-unbuilt-'));
    mkdirSync(join(unbuilt, 'bin'));
    copyFileSync(shim, join(unbuilt, 'bin/blizwork-emulator.js'));
    writeFileSync(join(unbuilt, 'package.json'), JSON.stringify({ type: 'module' }));
    const missing = spawnSync(process.execPath, [join(unbuilt, 'bin/blizwork-emulator.js')], {
      encoding: 'utf8',
    });
    rmSync(unbuilt, { recursive: true, force: true });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Run `pnpm build` at the repository root');
  });
});
