import type { Environment } from '../domain/terms.js';

// Map keys made of several ids. A NUL separator cannot occur in ids that come from JSON strings
// validated by the spec and seed schemas, so two different id tuples never share a key.

/** The key of a process across environments: company and process id. */
export const processKey = (companyId: string, processId: string): string =>
  `${companyId}\u0000${processId}`;

/** The key of one environment's version of a process (and of its cases). */
export const processVersionKey = (
  companyId: string,
  processId: string,
  environment: Environment,
): string => `${companyId}\u0000${processId}\u0000${environment}`;

/** The key of a company's master-data table. */
export const tableKey = (companyId: string, table: string): string => `${companyId}\u0000${table}`;
