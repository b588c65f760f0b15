// The write probes of `doctor --probe`, run only with `--write-draft`: a draft case of `--process`
// (started, moved through its forms with extensions skipped) and marked rows of the scratch table
// `--table`, deleted at the end. Nothing is written to production on purpose: the one probe that
// could start a production case (init without `environment`) runs only for a process that has no
// production version.
import type { AssumptionId } from '@blizwork/client';
import {
  pathNotFound,
  sendInEitherForm,
  sendOnceMoreIfLimited,
  type Exchange,
} from '../exchange.js';
import { describeExchange, isSuccess, readReply } from '../reply.js';
import type { Finding, Probe, ProbeContext } from './probe-types.js';
import { comparePathForms, inconclusive } from './read-probes.js';

const NEEDS_CONSENT = 'not run: a write probe (add --write-draft --process <id>)';
const NEEDS_TABLE = 'not run: a write probe (add --write-draft --table <a scratch table>)';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The payload of a success, or undefined. */
const payloadOf = (exchange: Exchange): unknown => {
  const reading = readReply(exchange);
  return reading.kind === 'envelope' && reading.code === 0 ? reading.body.payload : undefined;
};

/** Reads a draft case (include 3: history and, where the server sends it, the definition). */
const readDraftCase = (context: ProbeContext, processId: string, caseNumber: number) =>
  sendInEitherForm(context.read, {
    path: '/process/case/{token}/',
    body: { userId: context.userId, environment: 'draft', processId, caseNumber, include: 3 },
  });

const historyLength = (exchange: Exchange): number | undefined => {
  const payload = payloadOf(exchange);
  return isRecord(payload) && Array.isArray(payload.history) ? payload.history.length : undefined;
};

/**
 * The forms a case goes through from its start form (at most three), from `--form-path` or from
 * the process definition as the emulator shapes it (`forms[].nextFormIds`;
 * assumption:process-definition-shape).
 */
function formPathOf(context: ProbeContext, caseReply: Exchange): readonly string[] | undefined {
  if (context.targets.formPath !== undefined) return context.targets.formPath;
  const payload = payloadOf(caseReply);
  const definition = isRecord(payload) ? payload.processDefinition : undefined;
  const forms = isRecord(definition) && Array.isArray(definition.forms) ? definition.forms : [];
  const byId = new Map<string, readonly unknown[]>();
  for (const form of forms) {
    if (isRecord(form) && typeof form.formId === 'string' && Array.isArray(form.nextFormIds)) {
      byId.set(form.formId, form.nextFormIds);
    }
  }
  const first = forms.find(isRecord)?.formId;
  if (typeof first !== 'string') return undefined;
  const path = [first];
  while (path.length < 3) {
    const next = byId.get(path[path.length - 1]!)?.[0];
    if (typeof next !== 'string') break;
    path.push(next);
  }
  return path;
}

/**
 * A draft case, start to finish: init with `environment: draft` (assumption:init-environment),
 * an exec in the documentation's path form and one in the wrapper's (assumption:path-forms-both),
 * and the first exec sent again (assumption:exec-repeat-refused).
 */
const draftCase: Probe = {
  assumptions: ['init-environment', 'path-forms-both', 'exec-repeat-refused'],
  writes: true,
  async run(context) {
    const processId = context.targets.process;
    const notRun = (why: string): Finding[] => [
      inconclusive('init-environment', "/init with environment: 'draft'", why),
      inconclusive('path-forms-both', '/exec in both path forms', why),
      inconclusive('exec-repeat-refused', 'the same exec sent twice', why),
    ];
    if (!context.targets.writeDraft || processId === undefined) return notRun(NEEDS_CONSENT);
    if (context.companyId === undefined) {
      return notRun(
        'not run: /init needs the company id (BLIZWORK_COMPANY_ID, or blizwork login --company)',
      );
    }
    const started = await sendInEitherForm(context.write, {
      path: '/init/{token}',
      body: {
        companyId: context.companyId,
        userId: context.userId,
        workflowId: processId,
        environment: 'draft',
      },
    });
    const startedReading = readReply(started);
    const evidence = [describeExchange(started)];
    const caseNumber =
      startedReading.kind === 'envelope' && startedReading.code === 0
        ? startedReading.body.caseNumber
        : undefined;
    if (typeof caseNumber !== 'number') {
      return notRun(`not run: /init did not start a case (${evidence[0]})`);
    }
    const draft = await readDraftCase(context, processId, caseNumber);
    evidence.push(describeExchange(draft, ` (draft #${caseNumber})`));
    if (!isSuccess(readReply(draft))) {
      const production = await sendInEitherForm(context.read, {
        path: '/process/case/{token}/',
        body: {
          userId: context.userId,
          environment: 'production',
          processId,
          caseNumber,
          include: 0,
        },
      });
      evidence.push(describeExchange(production, ` (production #${caseNumber})`));
      const landed = isSuccess(readReply(production))
        ? `The server started production case #${caseNumber} instead: close it in the BlizWork app.`
        : `Case #${caseNumber} is in neither environment.`;
      return [
        {
          assumption: 'init-environment',
          probe: "/init with environment: 'draft'",
          result: 'refuted',
          evidence,
          advice: `${landed} Start draft cases in the BlizWork app; keep startCase for production.`,
        },
        ...notRun('not run: no draft case to execute').slice(1),
      ];
    }
    const findings: Finding[] = [
      {
        assumption: 'init-environment',
        probe: "/init with environment: 'draft'",
        result: 'confirmed',
        evidence,
      },
    ];
    return [...findings, ...(await execTour(context, processId, caseNumber, draft))];
  },
};

/** The exec probes on a started draft case. */
async function execTour(
  context: ProbeContext,
  processId: string,
  caseNumber: number,
  draft: Exchange,
): Promise<Finding[]> {
  const formPath = formPathOf(context, draft);
  const pathProbe = '/exec in both path forms';
  const repeatProbe = 'the same exec sent twice';
  if (formPath === undefined || formPath.length < 2) {
    const why =
      'not run: the forms of the process are unknown (add --form-path <start>,<next>,<next>)';
    return [
      inconclusive('path-forms-both', pathProbe, why),
      inconclusive('exec-repeat-refused', repeatProbe, why),
    ];
  }
  const execBody = (formId: string, nextFormId: string) => ({
    companyId: context.companyId,
    userId: context.userId,
    workflowId: processId,
    environment: 'draft',
    caseNumber,
    formId,
    nextFormId,
    formData: {},
    // The probe moves a draft case: no extension (webhook) of the customer is called.
    skipExtensions: true,
  });
  const steps = () => readDraftCase(context, processId, caseNumber).then(historyLength);
  // First step in the documentation's form; resent in the other form only if not answered at all.
  const first = execBody(formPath[0]!, formPath[1]!);
  const documented = await context.write.send({ path: '/exec/{token}', body: first });
  // Resent in the wrapper's form only when the path was not found (so nothing ran).
  const moved = pathNotFound(documented)
    ? await context.write.send({ path: '/exec/{token}/', body: first })
    : documented;
  const findings: Finding[] = [];
  // The repeat: the case has left formPath[0], so the same exec must be refused and change nothing.
  const before = await steps();
  const repeat = await context.write.send({ path: moved.path, body: first });
  const after = await steps();
  const repeatEvidence = [
    describeExchange(moved),
    describeExchange(repeat, ' (the same exec again)'),
    `history: ${before ?? '?'} entries before the repeat, ${after ?? '?'} after`,
  ];
  const repeatReading = readReply(repeat);
  if (!isSuccess(readReply(moved)) || before === undefined || after === undefined) {
    findings.push(
      inconclusive(
        'exec-repeat-refused',
        repeatProbe,
        'the first exec did not succeed',
        repeatEvidence,
      ),
    );
  } else if (repeatReading.kind === 'envelope' && repeatReading.code !== 0 && after === before) {
    findings.push({
      assumption: 'exec-repeat-refused',
      probe: repeatProbe,
      result: 'confirmed',
      evidence: repeatEvidence,
    });
  } else if (repeatReading.kind === 'envelope') {
    findings.push({
      assumption: 'exec-repeat-refused',
      probe: repeatProbe,
      result: 'refuted',
      evidence: repeatEvidence,
      advice:
        after > before
          ? 'The repeated exec ran again: never resend an exec (keep resendWritesOnTransactionLimit off).'
          : 'The repeat was answered code 0 without acting: a success does not prove an exec ran; read the case (the SDK’s exec does).',
    });
  } else {
    findings.push(
      inconclusive(
        'exec-repeat-refused',
        repeatProbe,
        'the repeat got no BlizWork reply',
        repeatEvidence,
      ),
    );
  }
  if (formPath.length < 3) {
    findings.push(
      inconclusive(
        'path-forms-both',
        pathProbe,
        'only one step to take: add --form-path with three forms',
        [describeExchange(documented)],
      ),
    );
    return findings;
  }
  const second = execBody(formPath[1]!, formPath[2]!);
  const wrapper = await context.write.send({ path: '/exec/{token}/', body: second });
  const documentedSecond = pathNotFound(wrapper)
    ? await context.write.send({ path: '/exec/{token}', body: second })
    : undefined;
  findings.push(pathFormsOfExec(documented, wrapper, documentedSecond));
  return findings;
}

/** Exec's path forms: the documented form on the first step, the wrapper's on the second. */
function pathFormsOfExec(
  documented: Exchange,
  wrapper: Exchange,
  fallback: Exchange | undefined,
): Finding {
  const finding = comparePathForms(
    'path-forms-both',
    '/exec in both path forms',
    documented,
    wrapper,
  );
  return fallback === undefined
    ? finding
    : {
        ...finding,
        evidence: [...finding.evidence, describeExchange(fallback, ' (second step resent)')],
      };
}

/** `/init` without `environment`, only for a process with no production version (assumption:environment-default-production). */
const initDefault: Probe = {
  assumptions: ['environment-default-production'],
  writes: true,
  async run(context) {
    const probe = '/init without environment (draft-only process)';
    const processId = context.targets.process;
    if (!context.targets.writeDraft || processId === undefined || context.companyId === undefined) {
      return [inconclusive('environment-default-production', probe, NEEDS_CONSENT)];
    }
    const published = await sendInEitherForm(context.read, {
      path: '/process/case-list/{token}/',
      body: { userId: context.userId, environment: 'production', processId, filter: {} },
    });
    if (isSuccess(readReply(published))) {
      return [
        inconclusive(
          'environment-default-production',
          probe,
          `not run: ${processId} is published, and if the default were production this would start a production case; give a process that exists only as a draft`,
          [describeExchange(published, ' (production)')],
        ),
      ];
    }
    const started = await sendInEitherForm(context.write, {
      path: '/init/{token}',
      body: { companyId: context.companyId, userId: context.userId, workflowId: processId },
    });
    const evidence = [describeExchange(published, ' (production)'), describeExchange(started)];
    return [
      isSuccess(readReply(started))
        ? {
            assumption: 'environment-default-production',
            probe,
            result: 'refuted',
            evidence,
            advice:
              'Without environment, /init started a case of a process that has no production version: the default is draft; always send the environment.',
          }
        : { assumption: 'environment-default-production', probe, result: 'confirmed', evidence },
    ];
  },
};

/** A master-data row of the probes: its marker column and values. */
type Row = Record<string, unknown>;

const rowsOf = (exchange: Exchange): Row[] | undefined => {
  const payload = payloadOf(exchange);
  return Array.isArray(payload) ? payload.filter(isRecord) : undefined;
};

/**
 * Marked rows in the scratch table: inserted, updated through a filter matching both, deleted
 * (assumption:upsert-insert-merges-filter, assumption:upsert-updates-all-matches,
 * assumption:filter-equality). Nothing is deleted when the filter matched rows that are not the
 * probe's.
 */
const masterDataRoundTrip: Probe = {
  assumptions: ['upsert-insert-merges-filter', 'upsert-updates-all-matches', 'filter-equality'],
  writes: true,
  async run(context) {
    const { table, writeDraft } = context.targets;
    const probes = {
      merges: 'upsert into the scratch table (insert)',
      all: 'upsert through a filter matching two rows',
      equality: 'query and delete by the marker column',
    } as const;
    if (!writeDraft || table === undefined) {
      return [
        inconclusive('upsert-insert-merges-filter', probes.merges, NEEDS_TABLE),
        inconclusive('upsert-updates-all-matches', probes.all, NEEDS_TABLE),
        inconclusive('filter-equality', probes.equality, NEEDS_TABLE),
      ];
    }
    const marker = context.marker();
    const base = { userId: context.userId, environment: 'draft', table };
    const query = (filter: Row) =>
      sendInEitherForm(context.read, { path: '/master-data/{token}/', body: { ...base, filter } });
    const upsert = (filter: Row, update: Row) =>
      sendInEitherForm(context.write, {
        path: '/master-data/upsert/{token}/',
        body: { ...base, filter, update },
      });
    const mine = { doctorProbe: marker };
    const empty = await query(mine);
    const evidence: string[] = [describeExchange(empty, ' (the marker, before)')];
    const before = rowsOf(empty);
    if (before !== undefined && before.length > 0) {
      return [
        inconclusive(
          'upsert-insert-merges-filter',
          probes.merges,
          'not run: the filter matched rows before any was written',
        ),
        inconclusive(
          'upsert-updates-all-matches',
          probes.all,
          'not run: the filter matched rows before any was written',
        ),
        {
          assumption: 'filter-equality',
          probe: probes.equality,
          result: 'refuted',
          evidence,
          advice: `A filter on a column no row has matched ${before.length} row(s): do not upsert or delete through filters until this is understood.`,
        },
      ];
    }
    for (const doctorRow of [1, 2]) {
      evidence.push(
        describeExchange(
          await upsert({ ...mine, doctorRow }, { doctorStep: 'inserted' }),
          ` (row ${doctorRow})`,
        ),
      );
    }
    const inserted = await query(mine);
    const rows = rowsOf(inserted) ?? [];
    evidence.push(`${describeExchange(inserted)}: ${rows.length} row(s)`);
    const findings: Finding[] = [];
    const merged =
      rows.length === 2 &&
      rows.every((row) => row.doctorProbe === marker && typeof row.doctorRow === 'number');
    findings.push(
      rows.length === 0
        ? inconclusive(
            'upsert-insert-merges-filter',
            probes.merges,
            'the query found none of the inserted rows',
            evidence,
          )
        : merged
          ? {
              assumption: 'upsert-insert-merges-filter',
              probe: probes.merges,
              result: 'confirmed',
              evidence: [...evidence],
            }
          : {
              assumption: 'upsert-insert-merges-filter',
              probe: probes.merges,
              result: 'refuted',
              evidence: [...evidence],
              advice:
                'Inserted rows do not hold the filter columns: put the key columns in update too.',
            },
    );
    const updated = await upsert(mine, { doctorStep: 'updated' });
    const after = await query(mine);
    const afterRows = rowsOf(after) ?? [];
    const updatedRows = afterRows.filter((row) => row.doctorStep === 'updated').length;
    const allEvidence = [
      describeExchange(updated, ' (filter: the marker only)'),
      `${describeExchange(after)}: ${afterRows.length} row(s), ${updatedRows} updated`,
    ];
    findings.push(
      !merged
        ? inconclusive(
            'upsert-updates-all-matches',
            probes.all,
            'the rows were not inserted as expected',
            allEvidence,
          )
        : updatedRows === 2 && afterRows.length === 2
          ? {
              assumption: 'upsert-updates-all-matches',
              probe: probes.all,
              result: 'confirmed',
              evidence: allEvidence,
            }
          : {
              assumption: 'upsert-updates-all-matches',
              probe: probes.all,
              result: 'refuted',
              evidence: allEvidence,
              advice:
                afterRows.length > 2
                  ? 'An upsert matching two rows inserted a new one: filter on a unique column.'
                  : 'An upsert updates only one of the matching rows: filter on a unique column (upsertMany({ key }) does).',
            },
    );
    const foreign = afterRows.some((row) => row.doctorProbe !== marker);
    if (foreign) {
      findings.push({
        assumption: 'filter-equality',
        probe: probes.equality,
        result: 'refuted',
        evidence: [`${describeExchange(after)}: rows without the marker matched`],
        advice:
          'The filter matched rows it should not: the probe deleted nothing; remove its rows (column doctorProbe) by hand.',
      });
      return findings;
    }
    const deleted = await sendInEitherForm(context.write, {
      path: '/master-data/delete/{token}/',
      body: { ...base, filter: mine },
    });
    const gone = await query(mine);
    const left = rowsOf(gone)?.length;
    const equalityEvidence = [
      describeExchange(deleted),
      `${describeExchange(gone)}: ${left ?? '?'} row(s) left`,
    ];
    findings.push(
      afterRows.length > 0 && left === 0
        ? {
            assumption: 'filter-equality',
            probe: probes.equality,
            result: 'confirmed',
            evidence: equalityEvidence,
          }
        : inconclusive(
            'filter-equality',
            probes.equality,
            `the probe's rows were not all deleted: remove the rows whose doctorProbe is ${marker}`,
            equalityEvidence,
          ),
    );
    return findings;
  },
};

/** How many unpaced writes the code-200 probe sends at most. */
export const BURST_CALLS = 20;

/**
 * Quick unpaced upserts into the scratch table until one is refused with code 200; then: did the
 * refused one land? (assumption:code-200-refused-before-running). The probe's rows are deleted.
 */
const code200: Probe = {
  assumptions: ['code-200-refused-before-running'],
  writes: true,
  async run(context) {
    const probe = `up to ${BURST_CALLS} unpaced upserts, then the refused one looked up`;
    const { table, writeDraft } = context.targets;
    const id: AssumptionId = 'code-200-refused-before-running';
    if (!writeDraft || table === undefined) return [inconclusive(id, probe, NEEDS_TABLE)];
    const marker = context.marker();
    const base = { userId: context.userId, environment: 'draft', table };
    // A paced first row: the table exists (a look-up of a missing table proves nothing).
    // (The same upsert twice is harmless: it matches its own row.)
    const { last: first } = await sendOnceMoreIfLimited(
      context.write,
      {
        path: '/master-data/upsert/{token}/',
        body: { ...base, filter: { doctorProbe: marker, doctorSeq: 0 }, update: {} },
      },
      context.sleep,
    );
    if (!isSuccess(readReply(first))) {
      return [
        inconclusive(id, probe, 'the first, paced row was not written', [describeExchange(first)]),
      ];
    }
    let refused: { seq: number; exchange: Exchange } | undefined;
    for (let seq = 1; seq <= BURST_CALLS && refused === undefined; seq++) {
      const exchange = await context.burst.send({
        path: '/master-data/upsert/{token}/',
        body: { ...base, filter: { doctorProbe: marker, doctorSeq: seq }, update: {} },
      });
      const reading = readReply(exchange);
      if (reading.kind === 'envelope' && reading.code === 200) refused = { seq, exchange };
    }
    // Let the plan's budget refill before the paced calls that follow (they are sent once).
    await context.sleep(3_000);
    const cleanup = () =>
      sendInEitherForm(context.write, {
        path: '/master-data/delete/{token}/',
        body: { ...base, filter: { doctorProbe: marker } },
      });
    if (refused === undefined) {
      const deleted = await cleanup();
      return [
        inconclusive(id, probe, `none of ${BURST_CALLS} quick calls was refused with code 200`, [
          describeExchange(deleted),
        ]),
      ];
    }
    const lookup = await sendInEitherForm(context.read, {
      path: '/master-data/{token}/',
      body: { ...base, filter: { doctorProbe: marker, doctorSeq: refused.seq } },
    });
    const found = rowsOf(lookup);
    const deleted = await cleanup();
    const evidence = [
      describeExchange(refused.exchange, ` (call ${refused.seq} of the burst)`),
      `${describeExchange(lookup)}: ${found === undefined ? '?' : found.length} row(s) of the refused call`,
      describeExchange(deleted, ' (clean-up)'),
    ];
    if (found === undefined) return [inconclusive(id, probe, 'the look-up failed', evidence)];
    return [
      found.length === 0
        ? { assumption: id, probe, result: 'confirmed', evidence }
        : {
            assumption: id,
            probe,
            result: 'refuted',
            evidence,
            advice:
              'A write refused with code 200 had run: never resend writes after code 200 (leave resendWritesOnTransactionLimit off) and pace every client to the plan (rateLimit).',
          },
    ];
  },
};

/** The write probes, in the order they run (after the read-only ones). */
export const WRITE_PROBES: readonly Probe[] = [
  draftCase,
  initDefault,
  masterDataRoundTrip,
  code200,
];
