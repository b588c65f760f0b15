import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTypedoc, SITE_OPTIONS, type TypedocRun } from './helpers/typedoc.js';

/**
 * The site's checks, proved on tiny projects built with the site's configuration (an options file
 * that extends docs/typedoc.json). site.test.ts builds the real site: that it passes is the
 * control. TypeDoc stops after a broken relative path, before validating symbols and links, so
 * that problem gets a run of its own.
 */
describe('pnpm docs fails the build', () => {
  let fixture: string;
  let brokenPath: TypedocRun;
  let undocumentedAndBrokenLink: TypedocRun;

  /** Builds `index.ts` with `guide.md` as the only guide, both as given. */
  function build(name: string, index: string, guide: string): Promise<TypedocRun> {
    const dir = join(fixture, name);
    const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
    mkdirSync(dir);
    write(
      'tsconfig.json',
      JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['*.ts'] }),
    );
    write('index.ts', index);
    write('guide.md', guide);
    write(
      'typedoc.json',
      JSON.stringify({
        extends: [SITE_OPTIONS],
        tsconfig: './tsconfig.json',
        entryPoints: ['./index.ts'],
        projectDocuments: ['./guide.md'],
        readme: 'none',
        out: './site',
      }),
    );
    return runTypedoc(join(dir, 'typedoc.json'));
  }

  beforeAll(async () => {
    fixture = mkdtempSync(join(tmpdir(), 'docs-site-fixture-'));
    const documented = '/** Documented. */\nexport const answer = 42;\n';
    brokenPath = await build('path', documented, '# Guide\n\nSee [a guide](./no-such-guide.md).\n');
    undocumentedAndBrokenLink = await build(
      'symbols',
      `${documented}export function forgotten() {}\n`,
      '# Guide\n\nSee {@link answer} and {@link NoSuchSymbol}.\n',
    );
    // Two TypeDoc runs. Measured under `pnpm test:stress` (both cores busy): 105 s at a load
    // average of 22 on 2 cores, over the 120 s it had at ~30.
  }, 360_000);
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('on a relative link to a file that does not exist', () => {
    expect(brokenPath.exitCode, brokenPath.output).not.toBe(0);
    expect(brokenPath.output).toMatch(/no-such-guide\.md is not a file/);
  });

  it('on a public symbol without docs', () => {
    expect(undocumentedAndBrokenLink.exitCode).not.toBe(0);
    expect(undocumentedAndBrokenLink.output).toMatch(/forgotten.*does not have any documentation/);
    expect(undocumentedAndBrokenLink.output).not.toMatch(/answer.*does not have any documentation/);
  });

  it('on a {@link} to a symbol that does not exist', () => {
    expect(undocumentedAndBrokenLink.exitCode).not.toBe(0);
    expect(undocumentedAndBrokenLink.output).toMatch(/Failed to resolve link to "NoSuchSymbol"/);
    expect(undocumentedAndBrokenLink.output).not.toMatch(/link to "answer"/);
  });
});
