// The doctor's flags (usage errors say what to add) and its Markdown report (one table row per
// probe, whatever the evidence holds).
import { describe, expect, it } from 'vitest';
import { parseDoctorOptions, type DoctorFlags } from '../src/commands/doctor/doctor-options.js';
import { PROBED_ASSUMPTIONS } from '../src/commands/doctor/probes/run-probes.js';
import { renderMarkdownReport, type DoctorReport } from '../src/commands/doctor/render.js';
import { UsageError } from '../src/errors.js';

const parse = (flags: DoctorFlags) => parseDoctorOptions(flags, PROBED_ASSUMPTIONS);

describe('parseDoctorOptions', () => {
  it.each<[string, DoctorFlags, RegExp]>([
    ['a case that is not a number', { process: 'p', case: 'two' }, /--case must be a case number/],
    ['a case without its process', { case: '2' }, /--case needs --process/],
    [
      '--conformance with nothing to read',
      { conformance: true },
      /--conformance needs something to read/,
    ],
    [
      '--write-draft without --probe',
      { writeDraft: true, process: 'p' },
      /--write-draft goes with --probe/,
    ],
    ['--only without --probe', { only: 'include-cumulative' }, /--only goes with --probe/],
    [
      '--write-draft with nothing to write to',
      { probe: true, writeDraft: true },
      /--write-draft needs something to write to/,
    ],
    [
      'a one-form --form-path',
      { probe: true, writeDraft: true, process: 'p', formPath: 'lead' },
      /--form-path lists at least two/,
    ],
    [
      'an id no probe settles',
      { probe: true, only: 'include-cumulative,nope' },
      /--only: no probe settles nope/,
    ],
  ])('refuses %s with a usage error', (_label, flags, message) => {
    expect(() => parse(flags)).toThrow(UsageError);
    expect(() => parse(flags)).toThrow(message);
  });

  it('reads the probe flags', () => {
    expect(
      parse({
        probe: true,
        writeDraft: true,
        process: 'p',
        case: '3',
        table: 'T',
        formPath: 'a, b,c',
        only: 'path-forms-both',
      }),
    ).toEqual({
      conformance: false,
      probe: true,
      process: 'p',
      caseNumber: 3,
      table: 'T',
      writeDraft: true,
      formPath: ['a', 'b', 'c'],
      only: ['path-forms-both'],
    });
  });
});

describe('renderMarkdownReport', () => {
  it('keeps one table row per probe: pipes escaped, evidence lines joined', () => {
    const report: DoctorReport = {
      ok: false,
      cli: '0.0.0',
      node: 'v20',
      date: '2026-01-01T00:00:00.000Z',
      baseUrl: 'https://api.blizwork.com',
      pace: 'plan medio (1 tx/s)',
      checks: [{ check: 'token', status: 'ok', ok: true, detail: 'accepted' }],
      probes: [
        {
          assumption: 'path-forms-both',
          source: 'inferred',
          probe: 'a | b',
          result: 'refuted',
          evidence: ['one | two', 'three'],
          advice: 'do\nthis',
          reproduce: '--path-forms with-slash',
        },
      ],
    };
    const markdown = renderMarkdownReport(report);
    expect(markdown).toContain(
      '| path-forms-both | inferred | a \\| b | refuted | one \\| two<br>three |',
    );
    expect(markdown).toContain('- **path-forms-both** (a | b): do this');
    expect(markdown).toContain('`blizwork-emulator --path-forms with-slash`');
  });
});
