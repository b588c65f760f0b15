// `blizwork doctor` (as shipped, spawned) against servers that are not BlizWork, or not there: the
// token check accepts only a BlizWork success or a documented code that is not about the token,
// says "not checked" when the server cannot be reached, and --conformance fails on replies that
// break the spec (`{"status":0}` without its payload), by JSON path.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { json, useFaultServer } from '@blizwork/test-support/fault-server';
import { runCli, tempDir } from './helpers/run-cli.js';

const TOKEN = 'fault-server-token-98765';
const server = useFaultServer();
const envFor = (baseUrl: string) => ({
  BLIZWORK_CONFIG_DIR: tempDir('blizwork-config-'),
  BLIZWORK_TOKEN: TOKEN,
  BLIZWORK_USER_ID: 'ana@acme.test',
  BLIZWORK_BASE_URL: baseUrl,
});

/** A base URL where nothing listens: a port that was free a moment ago. */
async function stoppedServerUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('doctor, the token check', () => {
  it('says "not checked" (not "accepted") when the server cannot be reached', async () => {
    const run = await runCli(['doctor'], { env: envFor(await stoppedServerUrl()) });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^FAIL reachability: /m);
    expect(run.stdout).toMatch(/^skip token: not checked: the server cannot be reached$/m);
    expect(run.stdout).not.toMatch(/token: accepted/);
  });

  it.each([
    [
      'an HTML 404 page',
      { status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' },
      /HTTP 404 \(text\/html, not JSON\)/,
    ],
    [
      'a JSON 403 from a gateway',
      json({ error: 'forbidden' }, 403),
      /HTTP 403 \(JSON without a result code/,
    ],
    ['a JSON 404', json({ message: 'no route' }, 404), /HTTP 404 \(JSON without a result code/],
    [
      'an HTTP 200 {"status":0} (no message, no payload)',
      json({ status: 0 }),
      /HTTP 200 \(JSON without a result code/,
    ],
  ])('does not accept %s', async (_label, answer, seen) => {
    server.answer = () => answer;
    const run = await runCli(['doctor'], { env: envFor(server.url) });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(
      /^FAIL token: not confirmed: the server did not answer as BlizWork: /m,
    );
    expect(run.stdout).toMatch(seen);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('accepts a documented code that is not about the token (200), and refuses code 1', async () => {
    server.answer = () => json({ resultCode: 200, resultMessage: 'limit' });
    const limited = await runCli(['doctor', '--process', 'p'], { env: envFor(server.url) });
    expect(limited.stdout).toMatch(
      /^ok {3}token: accepted \(the call was answered with code 200, not 1/m,
    );
    server.answer = () => json({ resultCode: 1, resultMessage: 'invalid token' });
    const refused = await runCli(['doctor'], { env: envFor(server.url) });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^FAIL token: refused/m);
  });

  it('does not confirm the token on an undocumented code, and says what to pass', async () => {
    server.answer = () => json({ resultCode: 310, resultMessage: 'no such process' });
    const run = await runCli(['doctor'], { env: envFor(server.url) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^warn token: not confirmed: .*code 310.*pass --process/m);
  });
});

describe('doctor --conformance', () => {
  it('fails every read answered {"status":0} with no payload, naming /payload', async () => {
    server.answer = () => json({ status: 0 });
    const run = await runCli(
      ['doctor', '--conformance', '--process', 'p', '--case', '2', '--table', 'T', '--json'],
      { env: envFor(server.url) },
    );
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as {
      checks: { check: string; status: string; differences?: { path: string; kind: string }[] }[];
    };
    for (const name of ['listCases p', 'getCase p #2', 'queryMasterData T']) {
      const check = report.checks.find((entry) => entry.check === `conformance ${name}`);
      expect(check?.status, name).toBe('fail');
      expect(check?.differences, name).toContainEqual({
        path: '/payload',
        kind: 'missing',
        expected: 'a required property',
      });
    }
  });

  it('fails a made-up token that is not refused with code 1, and a made-up handshake confirmed', async () => {
    server.answer = () => json({ resultCode: 0, resultMessage: 'OK', payload: [] });
    const run = await runCli(['doctor', '--conformance', '--process', 'p'], {
      env: envFor(server.url),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^FAIL conformance listCases with a made-up token: /m);
    expect(run.stdout).toMatch(/code at \/resultCode: expected 1 \(invalid or expired token/);
    expect(run.stdout).toMatch(/^FAIL conformance validateCall of a made-up handshake token: /m);
  });

  it('fails a reply that is not JSON, saying what came back', async () => {
    server.answer = (path) =>
      path.startsWith('/process/case-list/') && !path.includes('made-up')
        ? json({ resultCode: 0, resultMessage: 'OK', payload: [] })
        : { status: 502, contentType: 'text/html', body: '<html>Bad gateway</html>' };
    const run = await runCli(['doctor', '--conformance', '--table', 'T'], {
      env: envFor(server.url),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^FAIL conformance queryMasterData T: not a BlizWork reply: HTTP 502 \(text\/html, not JSON\)/m,
    );
  });
});
