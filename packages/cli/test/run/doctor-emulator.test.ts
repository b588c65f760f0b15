// doctor and emulator as run(options, context), in process (doctor against an emulator on port 0).
import { describe, expect, it } from 'vitest';
import { run as doctor } from '../../src/commands/doctor/index.js';
import { run as emulator } from '../../src/commands/emulator/index.js';
import { useCliEmulator } from '../helpers/cli-emulator.js';
import { runWith, TEST_NOW } from '../helpers/run-context.js';

const fixture = useCliEmulator();
const noChecks = { conformance: false, probe: false, writeDraft: false, only: [] };

describe('doctor run()', () => {
  it('reports ok against the emulator, dated by the context clock', async () => {
    const result = await runWith(doctor, { ...noChecks, json: true }, fixture.env);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, date: TEST_NOW.toISOString() });
    expect(report.checks.map((check: { check: string }) => check.check)).toContain('token');
  });

  it('a server that cannot be reached: exit 1, the token "not checked"', async () => {
    const result = await runWith(doctor, noChecks, {
      ...fixture.env,
      BLIZWORK_BASE_URL: 'http://127.0.0.1:9',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL\s+reachability/);
    expect(result.stdout).toContain('not checked');
  });
});

describe('emulator run()', () => {
  it("--help prints the emulator's usage as `blizwork emulator` on the context stdout", async () => {
    const result = await runWith(emulator, { args: ['--help'] }, {});
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('blizwork emulator');
    expect(result.stdout).toContain('--port');
  });

  it("an option the emulator's parser refuses is a usage error (exit 2), nothing started", async () => {
    const result = await runWith(emulator, { args: ['--no-such-flag'] }, {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: emulator: /);
  });
});
