// The doctor's report as text: for the terminal (checks, a probe table, then the evidence and what
// to do for each probe) and as a Markdown file a user can attach to a bug report. Neither holds the
// token: evidence carries path templates, and everything printed goes through `redact`.
import { renderTable } from '../../output/table.js';
import type { CheckResult, CheckStatus } from './checks.js';
import type { ProbeResult } from './probes/probe-types.js';

/** What one doctor run found. */
export interface DoctorReport {
  /** False when a check failed or a probe refuted an assumption. */
  readonly ok: boolean;
  readonly cli: string;
  readonly node: string;
  /** ISO date of the run. */
  readonly date: string;
  readonly baseUrl: string;
  /** How the calls were paced, e.g. `plan medio (1 tx/s)`. */
  readonly pace: string;
  readonly checks: readonly CheckResult[];
  /** With `--probe`. */
  readonly probes?: readonly ProbeResult[];
}

const LABELS: Readonly<Record<CheckStatus, string>> = {
  ok: 'ok  ',
  fail: 'FAIL',
  warn: 'warn',
  skipped: 'skip',
};

/** The checks, one line each, with conformance differences under their check. */
export function renderChecks(checks: readonly CheckResult[]): string[] {
  const lines: string[] = [];
  for (const check of checks) {
    lines.push(`${LABELS[check.status]} ${check.check}: ${check.detail}`);
    for (const difference of check.differences ?? []) {
      lines.push(
        `       ${difference.kind} at ${difference.path}: expected ${difference.expected}`,
      );
    }
  }
  return lines;
}

/** The probes: a summary table, then each probe's evidence and, when refuted, what to do. */
export function renderProbes(probes: readonly ProbeResult[]): string[] {
  const counts = (['confirmed', 'refuted', 'inconclusive'] as const)
    .map((verdict) => `${probes.filter((probe) => probe.result === verdict).length} ${verdict}`)
    .join(', ');
  const lines = [
    `Probes: ${counts}`,
    '',
    renderTable(
      probes.map((probe) => ({
        result: probe.result,
        assumption: probe.assumption,
        source: probe.source,
        probe: probe.probe,
      })),
      ['result', 'assumption', 'source', 'probe'],
    ),
  ];
  for (const probe of probes) {
    lines.push('', `${probe.result} ${probe.assumption}: ${probe.probe}`);
    for (const line of probe.evidence) lines.push(`  ${line}`);
    if (probe.advice !== undefined) lines.push(`  what to do: ${probe.advice}`);
    if (probe.reproduce !== undefined) {
      lines.push(`  to reproduce it locally: blizwork-emulator ${probe.reproduce}`);
    }
  }
  return lines;
}

/** The whole report for the terminal. */
export function renderReport(report: DoctorReport): string {
  const lines = [
    `blizwork doctor (cli ${report.cli}, node ${report.node})`,
    ...renderChecks(report.checks),
  ];
  if (report.probes !== undefined) lines.push('', ...renderProbes(report.probes));
  return lines.join('\n');
}

/** A Markdown table cell: one line, pipes escaped. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The report as Markdown, for `--report <file>`. */
export function renderMarkdownReport(report: DoctorReport): string {
  const lines = [
    '# blizwork doctor report',
    '',
    `- date: ${report.date}`,
    `- cli: ${report.cli}, node ${report.node}`,
    `- base URL: ${report.baseUrl}`,
    `- pace: ${report.pace}`,
    `- result: ${report.ok ? 'ok' : 'needs attention'}`,
    '',
    '## Checks',
    '',
    '| check | status | detail |',
    '| --- | --- | --- |',
    ...report.checks.map(
      (check) =>
        `| ${cell(check.check)} | ${check.status} | ${cell(check.detail)}${(check.differences ?? []).map((d) => `<br>${cell(`${d.kind} at ${d.path}: expected ${d.expected}`)}`).join('')} |`,
    ),
  ];
  if (report.probes !== undefined) {
    lines.push(
      '',
      '## Probes',
      '',
      '| assumption | source | probe | result | evidence |',
      '| --- | --- | --- | --- | --- |',
      ...report.probes.map(
        (probe) =>
          `| ${probe.assumption} | ${probe.source} | ${cell(probe.probe)} | ${probe.result} | ${probe.evidence.map(cell).join('<br>')} |`,
      ),
    );
    const refuted = report.probes.filter((probe) => probe.result === 'refuted');
    if (refuted.length > 0) {
      lines.push('', '## What to do', '');
      for (const probe of refuted) {
        lines.push(`- **${probe.assumption}** (${probe.probe}): ${cell(probe.advice ?? '')}`);
        if (probe.reproduce !== undefined) {
          lines.push(
            `  To reproduce it against the emulator: \`blizwork-emulator ${probe.reproduce}\`.`,
          );
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
