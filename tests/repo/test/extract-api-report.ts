// Runs API Extractor on one built entry point and compares (or, when updating, writes) its report.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';
import type { PublishedEntryPoint } from './published-entry-points.js';

/** The committed reports, one `<package>[-<subpath>].api.md` per entry point. */
export const reportFolder = join(import.meta.dirname, '..', 'api');

/** The outcome of comparing one entry point with its committed report. */
export interface ApiReportResult {
  /** The analysis found no error (an unresolvable import, a broken declaration file). */
  succeeded: boolean;
  /** The surface differs from the committed report (or the report is missing). */
  changed: boolean;
  /** The report API Extractor produced from today's build. */
  current: string;
  /** Errors and warnings API Extractor printed, for the failure message. */
  messages: string[];
  /**
   * The exported declarations without a TSDoc comment (API Extractor's `ae-undocumented`), one
   * line each: the symbol and the declaration file and line where it is declared.
   */
  undocumented: string[];
}

/**
 * Analyses `entry`'s declaration file. With `update`, the committed report is rewritten; without,
 * it is only compared (API Extractor's "production" mode).
 */
export const extractApiReport = (entry: PublishedEntryPoint, update: boolean): ApiReportResult => {
  const scratch = mkdtempSync(join(tmpdir(), 'api-report-'));
  const messages: string[] = [];
  const undocumented: string[] = [];
  try {
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: entry.packageDir,
        mainEntryPointFilePath: entry.declarationFile,
        compiler: {
          // The declarations are analysed on their own, as a user's compiler would see them.
          overrideTsconfig: {
            compilerOptions: {
              module: 'nodenext',
              moduleResolution: 'nodenext',
              target: 'es2022',
              lib: ['es2022', 'dom', 'dom.iterable'],
              types: ['node'],
              skipLibCheck: true,
            },
            files: [entry.declarationFile],
          },
        },
        apiReport: {
          enabled: true,
          reportFolder,
          reportTempFolder: scratch,
          reportFileName: entry.reportName,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          // Release tags (@public/@beta) are not used in this repository; the report itself is
          // what reviewers read.
          // `ae-undocumented` is collected into `undocumented` (the documentation test fails on
          // it) and kept out of the report, so the report shows the surface and nothing else.
          extractorMessageReporting: {
            default: { logLevel: ExtractorLogLevel.None },
            'ae-undocumented': { logLevel: ExtractorLogLevel.Warning, addToApiReportFile: false },
          },
          tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
          compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Error } },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(entry.packageDir, 'package.json'),
    });
    const result = Extractor.invoke(config, {
      localBuild: update,
      messageCallback: (message) => {
        // `console-*` messages only narrate the report comparison, which `changed` carries.
        const aboutTheReport = message.messageId.startsWith('console-');
        if (message.messageId === 'ae-undocumented') {
          const where = relative(entry.packageDir, message.sourceFilePath ?? '');
          undocumented.push(`${where}:${message.sourceFileLine ?? 0}: ${message.text}`);
        } else if (
          !aboutTheReport &&
          (message.logLevel === ExtractorLogLevel.Error ||
            message.logLevel === ExtractorLogLevel.Warning)
        )
          messages.push(message.text);
        message.handled = true;
      },
    });
    const current = readFileSync(join(scratch, `${entry.reportName}.api.md`), 'utf8');
    return {
      succeeded: result.errorCount === 0,
      changed: result.apiReportChanged,
      current,
      messages,
      undocumented,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};
