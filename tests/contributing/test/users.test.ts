// CONTRIBUTING.md's "When the API changes (users of the published packages)": "you want your own
// client", to the letter, in a fresh app outside the workspace that installed the packed
// `@blizwork/client` and `@blizwork/sdk` with npm. The guide's `sh` block runs as written; at its
// `# edit blizwork.openapi.yaml` line this test adds two operations of its own to the copied spec.
// The generated functions are then compiled in a `bw.raw()` call under the settings `tsc --init`
// writes (TypeScript 6, `"module": "nodenext"`, `exactOptionalPropertyTypes`), and called against
// the emulator started on that spec, as the guide says. Registry downloads come from npm's cache
// when it has them (`prefer-offline`).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startEmulator, type Emulator } from '@blizwork/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandsOf, contributingGuide, parseGuide, sectionOf, type CodeBlock } from './guide.js';
import { usersOperations, withOperations } from './new-operations.js';
import { repositoryRoot } from './repository.js';
import { expectSuccess, freshShellEnv, runCommand, stopAll } from './shell.js';

const section = sectionOf(contributingGuide(), 'When the API changes (users');
const EDIT_LINE = /^# edit blizwork\.openapi\.yaml\b/;

/** The guide's block that generates a client: the `sh` block with the `# edit` line. */
const generateBlock = section.blocks.find(
  (block) => block.language === 'sh' && block.code.split('\n').some((line) => EDIT_LINE.test(line)),
);
/** The guide's config file for other paths: the `js` block that calls blizworkClientConfig. */
const configBlock = section.blocks.find(
  (block) => block.language === 'js' && block.code.includes('blizworkClientConfig('),
);

let app = '';
let emulator: Emulator | undefined;
const env = freshShellEnv({
  npm_config_prefer_offline: 'true',
  npm_config_update_notifier: 'false',
});
const run = async (command: string, cwd = app) =>
  expectSuccess(await runCommand(command, cwd, env));

/** Packs a workspace package into `destination` with pnpm (as publishing would) and returns the tarball. */
async function pack(folder: string, destination: string): Promise<string> {
  const packed = await run(`pnpm pack --pack-destination "${destination}"`, folder);
  const tarball = packed.output.trim().split('\n').at(-1)!.trim();
  expect(tarball).toMatch(/\.tgz$/);
  return relative(app, tarball);
}

/** Runs the lines of a shell block; `atEdit` runs where the block says to edit the spec. */
async function runBlock(block: CodeBlock, atEdit: () => void): Promise<void> {
  const [before, after] = block.code.split(/^# edit blizwork\.openapi\.yaml.*$/m) as [
    string,
    string,
  ];
  for (const command of commandsOf({ ...block, code: before })) await run(command);
  atEdit();
  for (const command of commandsOf({ ...block, code: after })) await run(command);
}

/** Every file under `folder`, by relative path, with its text. */
function filesOf(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), readFileSync(path, 'utf8'));
  }
  return files;
}

beforeAll(async () => {
  // Outside the workspace (no pnpm-workspace.yaml above it): what a user's app sees.
  app = mkdtempSync(join(tmpdir(), 'blizwork-users-app-'));
  const tarballs = join(app, 'tarballs');
  mkdirSync(tarballs);
  const client = await pack(join(repositoryRoot, 'packages', 'client'), tarballs);
  const sdk = await pack(join(repositoryRoot, 'packages', 'sdk'), tarballs);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'blizwork-users-app',
      private: true,
      type: 'module',
      // The SDK's own dependency on the client resolves to the packed one, not the registry's.
      overrides: { '@blizwork/client': `file:${client}` },
    }),
  );
  await run(`npm install --no-audit --no-fund ./${client} ./${sdk}`);
}, 600_000);

afterAll(async () => {
  stopAll();
  await emulator?.close();
  if (app !== '') rmSync(app, { recursive: true, force: true });
}, 300_000);

describe('CONTRIBUTING.md, when the API changes (users): your own client, in a fresh app', () => {
  it('generates it with the guide’s commands, as written', async () => {
    expect(generateBlock, 'an sh block with a "# edit blizwork.openapi.yaml" line').toBeDefined();
    await runBlock(generateBlock!, () => {
      const specFile = join(app, 'blizwork.openapi.yaml');
      writeFileSync(
        specFile,
        withOperations(readFileSync(specFile, 'utf8'), Object.values(usersOperations)),
      );
    });
    const index = readFileSync(join(app, 'src', 'blizwork-client', 'index.ts'), 'utf8');
    expect(index).toContain('sdk.gen.js'); // `.js` import extensions: nodenext needs them
    const sdk = readFileSync(join(app, 'src', 'blizwork-client', 'sdk.gen.ts'), 'utf8');
    for (const { operationId } of Object.values(usersOperations))
      expect(sdk).toContain(`export const ${operationId} =`);
  }, 600_000);

  it('compiles a bw.raw() call to it under tsc --init’s settings, and refuses a wrong body', async () => {
    emulator = await startEmulator({
      // As the guide says: the emulator started on your spec.
      spec: parse(readFileSync(join(app, 'blizwork.openapi.yaml'), 'utf8')) as Record<
        string,
        unknown
      >,
      port: 0,
      log: () => undefined,
    });
    await run('npx tsc --init');
    const tsconfig = readFileSync(join(app, 'tsconfig.json'), 'utf8')
      .replace('// "rootDir": "./src"', '"rootDir": "./src"')
      .replace('// "outDir": "./dist"', '"outDir": "./dist"');
    expect(tsconfig).toMatch(/"module": "nodenext"/);
    expect(tsconfig).toMatch(/"exactOptionalPropertyTypes": true/);
    expect(tsconfig).toMatch(/"outDir": "\.\/dist"/);
    writeFileSync(join(app, 'tsconfig.json'), tsconfig);
    const { withExample, withoutExample } = usersOperations;
    writeFileSync(
      join(app, 'src', 'main.ts'),
      `import { BlizWork, BlizWorkApiError } from '@blizwork/sdk';
import { ${withExample.operationId}, ${withoutExample.operationId} } from './blizwork-client/index.js';

const bw = new BlizWork(${JSON.stringify(emulator.clientOptions)});
// Your own operations carry no metadata: the body is sent as given, userId included.
const body = { userId: bw.userId, processId: 'sales-process' };

const reply = await bw.raw(${withExample.operationId}, { body });
const code: number = reply.resultCode;

let refused: unknown;
await bw.raw(${withoutExample.operationId}, { body }).catch((error: unknown) => (refused = error));

// @ts-expect-error: processId is a string in the spec
export const wrong = () => bw.raw(${withExample.operationId}, { body: { ...body, processId: 42 } });

console.log(
  JSON.stringify({
    code,
    reply,
    refused:
      refused instanceof BlizWorkApiError
        ? { httpStatus: refused.httpStatus, resultMessage: refused.resultMessage }
        : String(refused),
  }),
);
`,
    );
    await run('npx tsc -p tsconfig.json');
  }, 600_000);

  it('calls it against the emulator started on that spec: the example reply, else a typed 501', async () => {
    const output = JSON.parse((await run('node dist/main.js')).output) as {
      code: number;
      reply: unknown;
      refused: { httpStatus: number; resultMessage: string };
    };
    expect(output.code).toBe(0);
    expect(output.reply).toEqual(usersOperations.withExample.replyExample);
    expect(output.refused.httpStatus).toBe(501);
    expect(output.refused.resultMessage).toContain(usersOperations.withoutExample.operationId);
  });

  it('is what the README of @blizwork/client shows, command for command', () => {
    const readme = readFileSync(join(repositoryRoot, 'packages', 'client', 'README.md'), 'utf8');
    const shown = sectionOf(parseGuide(readme), 'Generating your own client')
      .blocks.filter(({ language }) => language === 'sh')
      .flatMap(commandsOf);
    expect(shown.length).toBeGreaterThan(0);
    for (const command of shown) expect(commandsOf(generateBlock!)).toContain(command);
  });

  it('generates the same client from a config file of its own (the guide’s js block)', async () => {
    expect(configBlock, 'a js block that calls blizworkClientConfig').toBeDefined();
    const output = /output: '([^']+)'/.exec(configBlock!.code)?.[1];
    expect(output, 'the output folder the js block names').toBeDefined();
    writeFileSync(join(app, 'openapi-ts.config.mjs'), configBlock!.code);
    await run('npx openapi-ts');
    expect(filesOf(join(app, output!))).toEqual(filesOf(join(app, 'src', 'blizwork-client')));
  }, 600_000);
});
