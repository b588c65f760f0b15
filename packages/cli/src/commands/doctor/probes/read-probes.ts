// The read-only probes of `doctor --probe`: each sends reads (or reads that must be refused) and
// tells whether an assumption holds for this account. None changes anything.
import type { AssumptionId } from '@blizwork/client';
import { PLACEHOLDER_PROCESS } from '../checks.js';
import {
  otherPathForm,
  sendInEitherForm,
  sendOnceMoreIfLimited,
  type Exchange,
} from '../exchange.js';
import { describeExchange, isSuccess, readReply, type ReplyReading } from '../reply.js';
import type { Finding, Probe, ProbeContext } from './probe-types.js';

/** A finding that could not decide, with why. */
export const inconclusive = (
  assumption: AssumptionId,
  probe: string,
  why: string,
  evidence: readonly string[] = [],
): Finding => ({ assumption, probe, result: 'inconclusive', evidence: [why, ...evidence] });

/** The body members every read of the probes carries. */
const readBase = (context: ProbeContext, environment?: string) => ({
  userId: context.userId,
  ...(environment === undefined ? {} : { environment }),
});

/** A read the probes send: its operation, its path as the spec writes it, and its body. */
interface ReadCall {
  readonly operation: string;
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** The reads the targets allow, each as the spec writes it (wrapper-only: with a trailing slash). */
function readCalls(context: ProbeContext, environment = 'production'): ReadCall[] {
  const { process: processId, caseNumber, table } = context.targets;
  const base = readBase(context, environment);
  const calls: ReadCall[] = [];
  if (processId !== undefined) {
    calls.push({
      operation: 'listCases',
      path: '/process/case-list/{token}/',
      body: { ...base, processId, filter: {} },
    });
    if (caseNumber !== undefined) {
      calls.push({
        operation: 'getCase',
        path: '/process/case/{token}/',
        body: { ...base, processId, caseNumber, include: 0 },
      });
    }
  }
  if (table !== undefined) {
    calls.push({
      operation: 'queryMasterData',
      path: '/master-data/{token}/',
      body: { ...base, table, filter: {} },
    });
  }
  return calls;
}

const NEEDS_A_READ = 'not run: give --process <id> (and --case <n>) and/or --table <name> to read';

/** Two forms of the same request compared: both answered, one, or neither. */
export function comparePathForms(
  assumption: AssumptionId,
  probe: string,
  spec: Exchange,
  other: Exchange,
): Finding {
  const evidence = [describeExchange(spec, ' (the SDK’s form)'), describeExchange(other)];
  const [specOk, otherOk] = [isSuccess(readReply(spec)), isSuccess(readReply(other))];
  if (specOk && otherOk) return { assumption, probe, result: 'confirmed', evidence };
  if (!specOk && !otherOk) {
    return inconclusive(
      assumption,
      probe,
      'neither form succeeded: give a target that exists',
      evidence,
    );
  }
  const advice = specOk
    ? `Only ${spec.path} is answered: the SDK sends that form, so nothing breaks for it; code that builds paths itself must use it.`
    : `Only ${other.path} is answered, and the SDK sends ${spec.path}: report this (attach the report) and call the path with bw.request() meanwhile.`;
  return { assumption, probe, result: 'refuted', evidence, advice };
}

/** Each read in both path forms (assumption:path-forms-both). */
const pathForms: Probe = {
  assumptions: ['path-forms-both'],
  writes: false,
  async run(context) {
    const calls = readCalls(context);
    if (calls.length === 0)
      return [inconclusive('path-forms-both', 'both path forms of each read', NEEDS_A_READ)];
    const findings: Finding[] = [];
    for (const call of calls) {
      const spec = await context.read.send({ path: call.path, body: call.body });
      const other = await context.read.send({ path: otherPathForm(call.path), body: call.body });
      findings.push(
        comparePathForms('path-forms-both', `${call.operation} in both path forms`, spec, other),
      );
    }
    return findings;
  },
};

/** The top-level members of a success's payload. */
const payloadMembers = (reading: ReplyReading): ReadonlySet<string> => {
  if (reading.kind !== 'envelope') return new Set();
  const { payload } = reading.body;
  return new Set(typeof payload === 'object' && payload !== null ? Object.keys(payload) : []);
};

/** getCase at every include level: does each return what the lower ones do? (assumption:include-cumulative) */
const includeLevels: Probe = {
  assumptions: ['include-cumulative'],
  writes: false,
  async run(context) {
    const probe = 'getCase at include 0 to 4';
    const { process: processId, caseNumber } = context.targets;
    if (processId === undefined || caseNumber === undefined) {
      return [inconclusive('include-cumulative', probe, 'not run: give --process <id> --case <n>')];
    }
    const levels: ReadonlySet<string>[] = [];
    const evidence: string[] = [];
    for (let include = 0; include <= 4; include++) {
      const exchange = await sendInEitherForm(context.read, {
        path: '/process/case/{token}/',
        body: { ...readBase(context, 'production'), processId, caseNumber, include },
      });
      const reading = readReply(exchange);
      const members = payloadMembers(reading);
      levels.push(members);
      const shown = ['history', 'processDefinition'].filter((member) => members.has(member));
      evidence.push(
        `${describeExchange(exchange, ` (include ${include})`)}; ${shown.length > 0 ? shown.join(' and ') : 'neither history nor processDefinition'}`,
      );
      if (!isSuccess(reading)) {
        return [
          inconclusive(
            'include-cumulative',
            probe,
            'a read failed: give a case that exists',
            evidence,
          ),
        ];
      }
    }
    const has = (level: number, member: string) => levels[level]?.has(member) === true;
    if (!has(2, 'history') || !has(3, 'processDefinition')) {
      return [
        inconclusive(
          'include-cumulative',
          probe,
          'level 2 has no history or level 3 no processDefinition, so include-levels itself does not hold',
          evidence,
        ),
      ];
    }
    const cumulative = has(3, 'history') && has(4, 'history') && has(4, 'processDefinition');
    return [
      cumulative
        ? { assumption: 'include-cumulative', probe, result: 'confirmed', evidence }
        : {
            assumption: 'include-cumulative',
            probe,
            result: 'refuted',
            evidence,
            advice:
              'A level returns only its own block: read a case with include 2 for its history and with include 3 for its process definition, and pass companyId to exec (c.exec(next, data, { companyId })).',
          },
    ];
  },
};

const stableList = (reading: ReplyReading): string | undefined => {
  if (reading.kind !== 'envelope' || reading.code !== 0) return undefined;
  const { payload } = reading.body;
  if (!Array.isArray(payload)) return undefined;
  const numbers = payload.map((summary: unknown) =>
    typeof summary === 'object' && summary !== null
      ? (summary as { caseNumber?: unknown }).caseNumber
      : undefined,
  );
  return JSON.stringify(numbers.map(String).sort());
};

/** listCases without environment, compared with production and draft (assumption:environment-default-production). */
const defaultEnvironment: Probe = {
  assumptions: ['environment-default-production'],
  writes: false,
  async run(context) {
    const probe = 'listCases without environment, then in production and in draft';
    const processId = context.targets.process;
    if (processId === undefined) {
      return [
        inconclusive('environment-default-production', probe, 'not run: give --process <id>'),
      ];
    }
    const send = (environment?: string) =>
      sendInEitherForm(context.read, {
        path: '/process/case-list/{token}/',
        body: { ...readBase(context, environment), processId, filter: {} },
      });
    const [none, production, draft] = [await send(), await send('production'), await send('draft')];
    const lists = [none, production, draft].map((exchange) => stableList(readReply(exchange)));
    const evidence = [
      `${describeExchange(none, ' (no environment)')}: cases ${lists[0] ?? '?'}`,
      `${describeExchange(production, ' (production)')}: cases ${lists[1] ?? '?'}`,
      `${describeExchange(draft, ' (draft)')}: cases ${lists[2] ?? '?'}`,
    ];
    const undecided = (why: string) => [
      inconclusive('environment-default-production', probe, why, evidence),
    ];
    if (lists.some((list) => list === undefined)) {
      return undecided('a list failed: give a process that exists');
    }
    if (lists[1] === lists[2]) {
      return undecided('production and draft list the same cases: they cannot be told apart');
    }
    if (lists[0] === lists[1]) {
      return [
        { assumption: 'environment-default-production', probe, result: 'confirmed', evidence },
      ];
    }
    return [
      {
        assumption: 'environment-default-production',
        probe,
        result: lists[0] === lists[2] ? 'refuted' : 'inconclusive',
        evidence,
        ...(lists[0] === lists[2]
          ? {
              advice:
                'A read without environment reads draft: always send the environment (the SDK does; bw.request() callers must add it).',
            }
          : {}),
      },
    ];
  },
};

/** Which envelope each read answers in (assumption:reads-result-envelope). */
const envelopes: Probe = {
  assumptions: ['reads-result-envelope'],
  writes: false,
  async run(context) {
    const calls = readCalls(context);
    const probe = 'the envelope of each read';
    if (calls.length === 0) return [inconclusive('reads-result-envelope', probe, NEEDS_A_READ)];
    const evidence: string[] = [];
    const shapes: string[] = [];
    for (const call of calls) {
      const exchange = await sendInEitherForm(context.read, { path: call.path, body: call.body });
      const reading = readReply(exchange);
      evidence.push(describeExchange(exchange));
      shapes.push(
        reading.kind === 'envelope'
          ? `${call.operation}:${reading.shape}`
          : `${call.operation}:none`,
      );
    }
    if (shapes.some((shape) => shape.endsWith(':none'))) {
      return [
        inconclusive(
          'reads-result-envelope',
          probe,
          'a read was not answered with an envelope',
          evidence,
        ),
      ];
    }
    const status = shapes
      .filter((shape) => shape.endsWith(':status'))
      .map((shape) => shape.split(':')[0]);
    return status.length === 0
      ? [{ assumption: 'reads-result-envelope', probe, result: 'confirmed', evidence }]
      : [
          {
            assumption: 'reads-result-envelope',
            probe,
            result: 'refuted',
            evidence,
            advice: `${status.join(', ')} ${status.length === 1 ? 'answers' : 'answer'} {status, message, payload}.`,
          },
        ];
  },
};

/** A read with a member no schema names, next to the same read without it (assumption:unknown-body-members-tolerated). */
const unknownMembers: Probe = {
  assumptions: ['unknown-body-members-tolerated'],
  writes: false,
  async run(context) {
    const probe = 'a read with an extra body member';
    const [call] = readCalls(context);
    if (call === undefined)
      return [inconclusive('unknown-body-members-tolerated', probe, NEEDS_A_READ)];
    const plain = await sendInEitherForm(context.read, { path: call.path, body: call.body });
    const extra = await sendInEitherForm(context.read, {
      path: call.path,
      body: { ...call.body, blizworkDoctorProbe: true },
    });
    const evidence = [describeExchange(plain), describeExchange(extra, ' (+ blizworkDoctorProbe)')];
    if (!isSuccess(readReply(plain))) {
      return [
        inconclusive(
          'unknown-body-members-tolerated',
          probe,
          'the plain read failed: give a target that exists',
          evidence,
        ),
      ];
    }
    return [
      isSuccess(readReply(extra))
        ? { assumption: 'unknown-body-members-tolerated', probe, result: 'confirmed', evidence }
        : {
            assumption: 'unknown-body-members-tolerated',
            probe,
            result: 'refuted',
            evidence,
            advice:
              'Send only the members a call documents: with bw.raw() pass { fill: false } and build the body yourself.',
          },
    ];
  },
};

/** A business error's HTTP status: 200 with a code, or a 4xx? */
function http200Finding(assumption: AssumptionId, probe: string, exchange: Exchange): Finding {
  const reading = readReply(exchange);
  const evidence = [describeExchange(exchange)];
  if (reading.kind === 'none') return inconclusive(assumption, probe, 'no reply', evidence);
  if (reading.status === 200) {
    return reading.kind === 'envelope' && reading.code !== 0
      ? { assumption, probe, result: 'confirmed', evidence }
      : inconclusive(assumption, probe, 'HTTP 200 without a refusal code', evidence);
  }
  return {
    assumption,
    probe,
    result: 'refuted',
    evidence,
    advice:
      reading.kind === 'envelope'
        ? `The refusal came as HTTP ${reading.status} with a BlizWork envelope.`
        : `The refusal came as HTTP ${reading.status} without a BlizWork envelope.`,
  };
}

/** A case number no process reaches. */
export const UNLIKELY_CASE = 2_147_483_647;

/** Refusals: a made-up token, a case that does not exist (assumption:business-errors-http-200, assumption:not-found-is-result-code). */
const errorStatuses: Probe = {
  assumptions: ['business-errors-http-200', 'not-found-is-result-code'],
  writes: false,
  async run(context) {
    const processId = context.targets.process ?? PLACEHOLDER_PROCESS;
    const badToken = await context.read.send({
      path: '/process/case-list/{token}/',
      body: { ...readBase(context, 'production'), processId, filter: {} },
      badToken: true,
    });
    const findings = [
      http200Finding('business-errors-http-200', 'a read with a made-up token', badToken),
    ];
    if (context.targets.process === undefined) {
      findings.push(
        inconclusive(
          'not-found-is-result-code',
          'getCase of a case that does not exist',
          'not run: give --process <id>',
        ),
      );
    } else {
      const missing = await context.read.send({
        path: '/process/case/{token}/',
        body: {
          ...readBase(context, 'production'),
          processId,
          caseNumber: UNLIKELY_CASE,
          include: 0,
        },
      });
      findings.push(
        http200Finding('not-found-is-result-code', `getCase of case #${UNLIKELY_CASE}`, missing),
      );
    }
    return findings;
  },
};

/** With the profile's plan at `free`: is a Free company served at all? (assumption:free-plan-callable) */
const freePlan: Probe = {
  assumptions: ['free-plan-callable'],
  writes: false,
  async run(context) {
    const probe = 'one read on the Free plan';
    if (context.plan !== 'free') {
      const plan =
        context.plan === undefined
          ? 'the profile names no plan'
          : `the profile's plan is ${context.plan}`;
      return [
        inconclusive(
          'free-plan-callable',
          probe,
          `not run: ${plan}, not free (for a Free account: blizwork login --plan free)`,
        ),
      ];
    }
    const { first, last } = await sendOnceMoreIfLimited(
      context.read,
      {
        path: '/process/case-list/{token}/',
        body: {
          ...readBase(context, 'production'),
          processId: context.targets.process ?? PLACEHOLDER_PROCESS,
          filter: {},
        },
      },
      context.sleep,
    );
    const reading = readReply(last);
    const evidence = [
      describeExchange(first),
      ...(first === last ? [] : [describeExchange(last, ' (again, after a pause)')]),
    ];
    if (reading.kind !== 'envelope')
      return [inconclusive('free-plan-callable', probe, 'not a BlizWork reply', evidence)];
    return [
      reading.code === 200
        ? {
            assumption: 'free-plan-callable',
            probe,
            result: 'refuted',
            evidence,
            advice:
              'Even a paced call after a pause is refused with code 200: the Free plan allows no API calls.',
          }
        : { assumption: 'free-plan-callable', probe, result: 'confirmed', evidence },
    ];
  },
};

/** The read-only probes, in the order they run. */
export const READ_PROBES: readonly Probe[] = [
  pathForms,
  includeLevels,
  defaultEnvironment,
  envelopes,
  unknownMembers,
  errorStatuses,
  freePlan,
];
