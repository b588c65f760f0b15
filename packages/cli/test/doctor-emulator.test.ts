// doctor (against the emulator, and against a purpose-built server whose replies break the spec)
// and the emulator command.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCliEmulator } from './helpers/cli-emulator.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, startCli, tempDir } from './helpers/run-cli.js';

const fixture = useCliEmulator();
const TOKEN = 'nonconforming-token-4321';

// Replies that differ from the spec: a mistyped caseNumber, a history that is not an array, and
// personal data in the fields (which the report must not repeat).
let server: Server;
let serverUrl: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      if (request.url?.startsWith('/process/case-list/')) {
        response.end(JSON.stringify({ resultCode: 0, payload: [{ caseNumber: 'one' }] }));
      } else if (request.url?.startsWith('/process/case/')) {
        response.end(
          JSON.stringify({
            resultCode: 0,
            payload: {
              caseNumber: 'two',
              history: 'none',
              fields: { name: 'Jane Roe', rut: '12.345.678-9' },
            },
          }),
        );
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('doctor', () => {
  it('checks configuration, reachability, clock and token, and the replies against the spec', async () => {
    const run = await runCli(
      [
        'doctor',
        '--conformance',
        '--process',
        'sales-process',
        '--case',
        '2',
        '--table',
        'Clientes',
        '--json',
      ],
      { env: fixture.env },
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.checks.map((check: { check: string }) => check.check)).toEqual([
      'configuration',
      'reachability',
      'clock',
      'token',
      'conformance listCases sales-process',
      'conformance getCase sales-process #2',
      'conformance listCases with a made-up token',
      'conformance queryMasterData Clientes',
      'conformance validateCall of a made-up handshake token',
    ]);
    expect(report.checks.map((check: { status: string }) => check.status)).toEqual(
      Array(9).fill('ok'),
    );
    expect(run.stdout).not.toContain(fixture.env.BLIZWORK_TOKEN);
  });

  it('fails (exit 1) on a refused token', async () => {
    const run = await runCli(['doctor'], {
      env: { ...fixture.env, BLIZWORK_TOKEN: 'refused-token-000000' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL token: refused/);
    expect(run.stdout + run.stderr).not.toContain('refused-token-000000');
  });

  it('prints each difference with its path, without the token or the reply values', async () => {
    const env = { ...fixture.env, BLIZWORK_TOKEN: TOKEN, BLIZWORK_BASE_URL: serverUrl };
    const run = await runCli(
      ['doctor', '--conformance', '--process', 'sales-process', '--case', '2'],
      { env },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL conformance getCase sales-process #2');
    expect(run.stdout).toMatch(/mistyped at \/payload\/caseNumber: expected type integer/);
    expect(run.stdout).toMatch(/mistyped at \/payload\/history: expected type array/);
    expect(run.stdout).toMatch(/mistyped at \/payload\/0\/caseNumber/);
    for (const secret of [TOKEN, 'Jane Roe', '12.345.678-9', "'two'", '"two"'])
      expect(run.stdout + run.stderr).not.toContain(secret);
  });

  it('--probe writes a Markdown report without the token, and --json holds the probes', async () => {
    const file = join(tempDir(), 'doctor.md');
    const args = [
      'doctor',
      '--probe',
      '--only',
      'include-cumulative',
      '--process',
      'sales-process',
      '--case',
      '2',
    ];
    const run = await runCli([...args, '--report', file, '--json'], { env: fixture.env });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.probes).toEqual([
      expect.objectContaining({ assumption: 'include-cumulative', result: 'confirmed' }),
    ]);
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toMatch(
      /^\| include-cumulative \| inferred \| getCase at include 0 to 4 \| confirmed \| /m,
    );
    expect(markdown + run.stdout + run.stderr).not.toContain(fixture.env.BLIZWORK_TOKEN);
  });

  it('--conformance without anything to read is a usage error', async () => {
    const run = await runCli(['doctor', '--conformance'], { env: fixture.env });
    expect(run.code).toBe(2);
  });
});

describe('emulator', () => {
  it('runs the emulator CLI and stops cleanly on SIGTERM', async () => {
    const child = startCli(['emulator', '--port', '0'], {});
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code)),
    );
    // Ends when the banner is printed or the CLI exited (then its stderr is in the failure).
    while (!/listening on (http:\/\/127\.0\.0\.1:\d+)/.test(stdout) && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stdout).toMatch(/listening on /);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
    const reachable = await fetch(url).then((response) => response.status);
    expect(reachable).toBeGreaterThanOrEqual(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('BlizWork emulator stopped.');
  });

  it('passes --cors-origin to the emulator, and --help says so', async () => {
    const help = await runCli(['emulator', '--help'], {});
    expect(help.stdout).toContain('--cors ');
    expect(help.stdout).toContain('--cors-origin <origin>');

    const allowed = 'http://localhost:5173';
    const child = startCli(['emulator', '--port', '0', '--cors-origin', allowed], {});
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code)),
    );
    try {
      while (!/listening on (http:\/\/127\.0\.0\.1:\d+)/.test(stdout) && child.exitCode === null)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stdout).toMatch(/listening on /);
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
      const preflight = (origin: string) =>
        fetch(`${url}/process/case/`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
      const ok = await preflight(allowed);
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe(allowed);
      const refused = await preflight('http://evil.test');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });

  it("takes the emulator's own options through its parser: --data, --import, --export-on-exit, --no-dashboard, --max-attachment-bytes, the assumption switches", async () => {
    const dir = tempDir('blizwork-emulator-');
    const exported = join(dir, 'exported.json');
    const args = [
      'emulator',
      '--port',
      '0',
      '--data',
      join(dir, 'data'),
      '--export-on-exit',
      exported,
      '--no-dashboard',
      '--max-attachment-bytes',
      '1000',
      '--path-forms',
      'with-slash',
    ];
    const child = startCli(args, {});
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code)),
    );
    try {
      while (!/Press Ctrl-C/.test(stdout) && child.exitCode === null)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stdout, stderr).toContain(`data:      ${join(dir, 'data')}`);
      expect(stdout).toContain('assumptions: pathForms=with-slash');
      expect(stdout).not.toContain('dashboard:');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);
    expect(existsSync(exported), stderr).toBe(true);

    // --import starts from the exported file; a bad value is refused by the same parser (exit 2).
    const imported = await runCli(['emulator', '--import', exported, '--port', 'x'], {});
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('--port must be an integer from 0 to 65535');
    const bogus = await runCli(['emulator', '--path-forms', 'sideways'], {});
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('--path-forms must be one of');
  });
});
