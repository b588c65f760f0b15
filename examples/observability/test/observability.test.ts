// The example as a user runs it: compiled with its build (tsc), run as a program (node dist/main.js)
// against an emulator the test starts, its printed output checked: the hooks' lines, the spans the
// console exporter wrote (names and attributes), and no token anywhere.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { ENV_VARIABLES } from '@blizwork/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** One printed span, as util.inspect shows it: its name and its attributes' text. */
interface PrintedSpan {
  name: string;
  attributes: string;
  status: string;
}

/** The spans in the console exporter's output (`console.dir` of each finished span). */
function spansIn(stdout: string): PrintedSpan[] {
  return [
    ...stdout.matchAll(
      /\n {2}name: '([^']+)',[\s\S]*?attributes: \{([\s\S]*?)\n {2}\},\n {2}status: (\{[^}]*\})/g,
    ),
  ].map(([, name, attributes, status]) => ({
    name: name!,
    attributes: attributes!,
    status: status!,
  }));
}

describe('examples/observability, compiled and run', () => {
  let emulator: Emulator;
  let stdout = '';
  let stderr = '';

  beforeAll(async () => {
    await run(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: packageDir });
    emulator = await startEmulator({ port: 0 });
    const { token, userId, companyId, baseUrl } = emulator.clientOptions;
    const env = {
      ...process.env,
      [ENV_VARIABLES.token]: token,
      [ENV_VARIABLES.userId]: userId,
      [ENV_VARIABLES.companyId]: companyId,
      [ENV_VARIABLES.baseUrl]: baseUrl,
    };
    ({ stdout, stderr } = await run(process.execPath, ['dist/main.js'], { cwd: packageDir, env }));
  });
  afterAll(() => emulator?.close());

  it('prints the hooks’ lines', () => {
    expect(stderr, stderr).toBe('');
    expect(stdout.trim().split('\n').slice(-3)).toEqual([
      `listCases 200 0 ${emulator.url}/process/case-list/***`,
      `getCase 200 310 ${emulator.url}/process/case/***`,
      'getCase failed with BlizWorkApiError',
    ]);
  });

  it('prints a CLIENT span per call, with the HTTP and blizwork.* attributes', () => {
    const spans = spansIn(stdout);
    expect(
      spans.map((span) => span.name),
      stdout,
    ).toEqual(['blizwork listCases', 'blizwork getCase']);
    const [list, get] = spans as [PrintedSpan, PrintedSpan];
    for (const attribute of [
      `'http.request.method': 'POST'`,
      `'server.address': '127.0.0.1'`,
      `'url.template': '/process/case-list/{token}/'`,
      `'url.full': '${emulator.url}/process/case-list/***'`,
      `'blizwork.operation': 'listCases'`,
      `'blizwork.process_id': 'sales-process'`,
      `'http.response.status_code': 200`,
      `'blizwork.result_code': 0`,
    ]) {
      expect(list.attributes).toContain(attribute);
    }
    expect(list.status).toBe('{ code: 0 }');
    for (const attribute of [
      `'blizwork.operation': 'getCase'`,
      `'blizwork.case_number': 1`,
      `'blizwork.result_code': 310`,
      `'error.type': 'BlizWorkApiError'`,
    ]) {
      expect(get.attributes).toContain(attribute);
    }
    expect(get.status).toBe(`{ code: 2, message: 'BlizWorkApiError (result code 310)' }`);
  });

  it('prints the token nowhere', () => {
    expect(emulator.clientOptions.token.length).toBeGreaterThan(8);
    expect(stdout + stderr).not.toContain(emulator.clientOptions.token);
  });
});
