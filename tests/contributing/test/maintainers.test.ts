// CONTRIBUTING.md's "When the API changes (maintainers)" steps, to the letter, on a copy of the
// repository: step 1's edit (prose) is made here, adding an operation with an inline request body
// schema; every command of every step's `sh` block is then run exactly as the guide writes it, in
// order, at the copy's root. Two are not run (NOT_RUN says why), and a few checks are added after
// the commands whose promises the guide states (AFTER).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsOf, contributingGuide, sectionOf, withoutComment } from './guide.js';
import {
  maintainersOperation as operation,
  withOperations,
  withSpanishTexts,
} from './new-operations.js';
import { copyTurboCache, copyWorkingTree, gitEnv } from './repository.js';
import { expectSuccess, freshShellEnv, runCommand, stopAll, tail } from './shell.js';

const section = sectionOf(contributingGuide(), 'When the API changes (maintainers)');

/** `pnpm test`, with or without pnpm's `-s` (silent) flag. */
const PNPM_TEST = /^pnpm (?:-s )?test$/;

/** Commands of the guide this test does not run, and why. Every other command is run as written. */
const NOT_RUN: readonly [RegExp, string][] = [
  // `pnpm test` runs this test: inside it, it would run the whole suite again, recursively. (`-s`
  // only keeps pnpm's own ELIFECYCLE line off the end of the output.)
  [PNPM_TEST, 'runs this test; STAND_IN_FOR_PNPM_TEST runs what the new operation touches'],
  // A release publishes to npm (tests/release covers it on a local registry).
  [/\bpublish\b/, 'publishes to npm'],
];

/**
 * In place of `pnpm test`: the steps of `pnpm test` that read the spec or the types generated from
 * it and that no earlier step ran (the spec lint, the build, the type check, the emulator's and the
 * SDK's tests ran at steps 2, 4, 5 and 6; the format check passes after `pnpm format`). Not the
 * tests of the CLI, the examples and the runtimes: minutes each, for code the new operation does
 * not reach (it has no handler and no wrapper).
 */
const STAND_IN_FOR_PNPM_TEST = [
  'pnpm lint',
  'pnpm check:generated',
  'pnpm --filter @blizwork/client test',
  'pnpm --filter @blizwork/repo-checks exec vitest run test/api-surface.test.ts',
];

/** Where the test writes the script that calls the new operation (deleted before step 7). */
const probeFolder = join('packages', 'sdk', 'contributing-probe');

let copy = '';
const env = freshShellEnv({ ...gitEnv, TURBO_CACHE_DIR: copyTurboCache });
/** How long each command took, printed at the end: what this test costs, and where. */
const timings: string[] = [];
const timed = async (command: string) => {
  const started = performance.now();
  const result = await runCommand(command, copy, env);
  timings.push(`${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s  ${command}`);
  return result;
};
const run = async (command: string) => expectSuccess(await timed(command));
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: copy, encoding: 'utf8', env: { ...process.env, ...gitEnv } });

/** Checks run right after a command of the guide, keyed by the command (without its comment). */
const AFTER = new Map<string, () => Promise<void>>(
  Object.entries({
    // Step 3 says to commit what `pnpm generate` wrote: until then the drift check says so.
    'pnpm generate': async () => {
      // The docs page "What we know, what we assume" lists the new assumption, in both languages.
      for (const language of ['en', 'es']) {
        const page = readFileSync(join(copy, 'docs', language, 'assumptions.md'), 'utf8');
        expect(page, `docs/${language}/assumptions.md`).toContain(operation.assumption!.id);
      }
      const check = await runCommand('pnpm check:generated', copy, env);
      expect(check.status, check.output).not.toBe(0);
      expect(check.output).toContain('matches the spec, but is not committed');
      expect(check.output).toContain(
        'git add spec packages/*/src/generated docs/*/assumptions.md && git commit',
      );
    },
    // Step 4 says the operation now works end to end with bw.raw() against startEmulator().
    'pnpm build && pnpm typecheck': async () => {
      writeProbe();
      await run(`node_modules/.bin/tsc --noEmit -p ${probeFolder}`);
      const call = await run(`node ${probeFolder}/call.mjs`);
      expect(JSON.parse(call.output)).toEqual({
        reply: operation.replyExample,
        metadata: {
          operationId: operation.operationId,
          method: 'POST',
          path: operation.path,
          bodyMembers: ['environment', 'userId'],
          retrySafe: true,
        },
      });
      rmSync(join(copy, probeFolder), { recursive: true });
    },
    // Step 7 says the API reports change with a new operation.
    'pnpm api:update && git diff --stat -- tests/repo/api': async () => {
      expect(git('status', '--porcelain', '--', 'tests/repo/api')).toContain('client.api.md');
    },
  }),
);
const afterRan: string[] = [];

/** A type check and a call of the new operation, as step 4 describes them. */
function writeProbe(): void {
  const folder = join(copy, probeFolder);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../tsconfig.base.json',
      compilerOptions: { noEmit: true, types: [] },
      include: ['types.ts'],
    }),
  );
  writeFileSync(
    join(folder, 'types.ts'),
    `import { ${operation.operationId} } from '@blizwork/client';
import type { BlizWork } from '@blizwork/sdk';

// userId and environment are filled in by raw(): the operation's inline body schema has them.
export async function call(bw: BlizWork): Promise<number> {
  const reply = await bw.raw(${operation.operationId}, { body: {} });
  const code: number = reply.resultCode;
  return code;
}

// @ts-expect-error: the body schema has no member \`processId\` (additionalProperties: false)
export const wrong = (bw: BlizWork) => bw.raw(${operation.operationId}, { body: { processId: 'x' } });
`,
  );
  writeFileSync(
    join(folder, 'call.mjs'),
    `import { ${operation.operationId} as operation } from '@blizwork/client';
import { startEmulator } from '@blizwork/emulator';
import { BlizWork } from '@blizwork/sdk';

const emulator = await startEmulator({ port: 0, log: () => {} });
try {
  const reply = await new BlizWork(emulator.clientOptions).raw(operation, { body: {} });
  console.log(JSON.stringify({ reply, metadata: operation['~blizwork'] }));
} finally {
  await emulator.close();
}
`,
  );
}

let failed: string | undefined;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'blizwork-contributing-'));
  copyWorkingTree(copy);
  await run('pnpm install --offline --frozen-lockfile');
}, 600_000);

afterAll(() => {
  console.log(`CONTRIBUTING flow (maintainers), per command:\n${timings.join('\n')}`);
  stopAll();
  if (copy !== '') rmSync(copy, { recursive: true, force: true });
}, 300_000);

describe('CONTRIBUTING.md, when the API changes (maintainers), on a copy of the repository', () => {
  it('has numbered steps, the first one the spec edit, with commands in sh blocks', () => {
    expect(section.steps[0]?.title).toMatch(/^Edit the spec/);
    expect(section.steps.flatMap((step) => step.blocks).some((b) => b.language === 'sh')).toBe(
      true,
    );
  });

  for (const step of section.steps) {
    it(`step ${step.number}: ${step.title}`, async () => {
      if (failed) throw new Error(`not run: ${failed} failed first`);
      failed = `step ${step.number}`;
      if (/^Edit the spec/.test(step.title)) {
        const specFile = join(copy, 'spec', 'blizwork.openapi.yaml');
        writeFileSync(specFile, withOperations(readFileSync(specFile, 'utf8'), [operation]));
        // Its facts rest on a new assumption, whose Spanish text step 1 asks for too.
        const spanishFile = join(copy, 'spec', 'assumptions.es.yaml');
        writeFileSync(
          spanishFile,
          withSpanishTexts(readFileSync(spanishFile, 'utf8'), [operation]),
        );
      }
      for (const block of step.blocks.filter(({ language }) => language === 'sh')) {
        for (const command of commandsOf(block)) {
          const bare = withoutComment(command);
          if (NOT_RUN.some(([pattern]) => pattern.test(bare))) {
            if (PNPM_TEST.test(bare)) for (const check of STAND_IN_FOR_PNPM_TEST) await run(check);
            continue;
          }
          const result = await timed(command);
          expect(result.status, `\`${command}\` failed:\n${tail(result.output)}`).toBe(0);
          const after = AFTER.get(bare);
          if (after) {
            await after();
            afterRan.push(bare);
          }
        }
      }
      failed = undefined;
    }, 1_800_000);
  }

  it('ran the checks of what the guide promises after its commands', () => {
    expect(failed).toBeUndefined();
    expect(afterRan).toEqual([...AFTER.keys()]);
  });
});
