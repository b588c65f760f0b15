import { REPORT_PREFIX, type RuntimeReport } from '../scenario/checks.js';

/** The report line a runtime prints for the runner. */
export const reportLine = (report: RuntimeReport): string => REPORT_PREFIX + JSON.stringify(report);
