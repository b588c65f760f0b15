// A Case built from the fixture case document, without any server.
import { resolveOptions } from '../../src/client/options.js';
import { RequestPipeline } from '../../src/internal/pipeline/request-pipeline.js';
import { Case } from '../../src/resources/case.js';
import { Process } from '../../src/resources/process.js';
import type { CaseDataLevel, CaseDocument } from '../../src/index.node.js';
import { salesCaseDocument, type SalesFields } from './sales-case-document.js';

export { salesCaseDocument, type SalesFields };

/** A Case over `document`, attached to a client that must never be called. */
export function fixtureCase(
  document: CaseDocument = salesCaseDocument(),
  include: CaseDataLevel = 3,
): Case<SalesFields> {
  const transport = new RequestPipeline(
    resolveOptions({
      token: 'unused-token',
      userId: 'ana@acme.test',
      baseUrl: 'http://127.0.0.1:9',
    }),
  );
  const process = new Process<SalesFields>(transport, 'sales-process');
  return new Case(process, transport, document, {
    caseNumber: 39,
    environment: 'production',
    include,
  });
}
