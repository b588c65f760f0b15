// `doctor --conformance`: every reply the doctor can get without changing anything, checked against
// the spec's schemas (with their required members: `payload` on the success of a read) and against
// what the documentation says the code must be. Each difference is reported by JSON path, never
// with the value seen (it may be personal data).
import type { Settings } from '../../config/settings.js';
import { result, type CheckResult } from './checks.js';
import { checkReply, type Difference } from './conformance.js';
import { type Exchange, type Exchanger } from './exchange.js';
import { describeReading, readReply } from './reply.js';

/** What --conformance reads. */
export interface ConformanceTargets {
  readonly process?: string;
  readonly caseNumber?: number;
  readonly table?: string;
}

/** What the documentation says the result code of a reply must be, when it says anything. */
interface CodeRule {
  readonly test: (code: number) => boolean;
  readonly expected: string;
}

/** One reply to check: the operation whose schema applies, and how to get the reply. */
interface ConformanceCall {
  readonly name: string;
  readonly operationId: string;
  readonly send: () => Promise<Exchange>;
  /** The code the documentation requires; absent: a read whose success is what is checked. */
  readonly code?: CodeRule;
}

/** Checks one reply: its JSON against its schema, that the SDK can read it, and its code. */
async function conformanceOf(call: ConformanceCall): Promise<CheckResult> {
  const name = `conformance ${call.name}`;
  const exchange = await call.send();
  const reading = readReply(exchange);
  const body = exchange.reply?.json;
  if (reading.kind === 'none' || typeof body !== 'object' || body === null || Array.isArray(body)) {
    const why = reading.kind === 'none' ? 'the call failed' : 'not a BlizWork reply';
    return result(name, 'fail', `${why}: ${describeReading(reading)}`);
  }
  const differences: Difference[] = checkReply(call.operationId, body, exchange.reply?.status);
  if (reading.kind !== 'envelope') {
    differences.push({
      path: '/',
      kind: 'envelope',
      expected: 'resultCode, or status with message and/or payload (assumption status-envelope)',
    });
  } else if (call.code !== undefined && !call.code.test(reading.code)) {
    const key = reading.shape === 'result' ? 'resultCode' : 'status';
    differences.push({ path: `/${key}`, kind: 'code', expected: call.code.expected });
  }
  const seen = describeReading(reading);
  if (differences.length > 0) {
    return result(
      name,
      'fail',
      `${differences.length} difference(s) from the spec (${seen})`,
      differences,
    );
  }
  if (call.code === undefined && reading.kind === 'envelope' && reading.code !== 0) {
    return result(
      name,
      'warn',
      `the envelope matches the spec, but the call was refused (${seen}): only a success shows the data; give a ${call.operationId === 'queryMasterData' ? 'table' : 'process or case'} that exists`,
    );
  }
  return result(name, 'ok', `matches the spec (${seen})`);
}

/** A handshake token no call was given: validatecall must not confirm it. */
const MADE_UP_HANDSHAKE = '000000000000000000000000';

/**
 * Reads (listCases, getCase with include 4, a master-data query) of the given targets, plus two
 * refusals every account can get: a read with a made-up token (documented: code 1) and a
 * validatecall of a made-up handshake token (documented: never code 0).
 */
export async function conformanceChecks(
  exchanger: Exchanger,
  settings: Settings,
  targets: ConformanceTargets,
): Promise<CheckResult[]> {
  const base = { userId: settings.userId, environment: settings.environment };
  const calls: ConformanceCall[] = [];
  const { process: processId, caseNumber, table } = targets;
  if (processId !== undefined) {
    const list = { ...base, processId, filter: {} };
    calls.push({
      name: `listCases ${processId}`,
      operationId: 'listCases',
      send: () => exchanger.send({ path: '/process/case-list/{token}/', body: list }),
    });
    if (caseNumber !== undefined) {
      calls.push({
        name: `getCase ${processId} #${caseNumber}`,
        operationId: 'getCase',
        send: () =>
          exchanger.send({
            path: '/process/case/{token}/',
            body: { ...base, processId, caseNumber, include: 4 },
          }),
      });
    }
    calls.push({
      name: 'listCases with a made-up token',
      operationId: 'listCases',
      send: () =>
        exchanger.send({ path: '/process/case-list/{token}/', body: list, badToken: true }),
      code: {
        test: (code) => code === 1,
        expected: '1 (invalid or expired token: documented, P5)',
      },
    });
  }
  if (table !== undefined) {
    calls.push({
      name: `queryMasterData ${table}`,
      operationId: 'queryMasterData',
      send: () =>
        exchanger.send({ path: '/master-data/{token}/', body: { ...base, table, filter: {} } }),
    });
  }
  calls.push({
    name: 'validateCall of a made-up handshake token',
    operationId: 'validateCall',
    send: () =>
      exchanger.send({
        path: '/utils/validatecall/{token}',
        body: { endpoint: 'https://blizwork-doctor.invalid/extension', token: MADE_UP_HANDSHAKE },
      }),
    code: {
      test: (code) => code !== 0,
      expected: 'not 0: a made-up handshake token must not be confirmed (documented, P4)',
    },
  });
  const results: CheckResult[] = [];
  for (const call of calls) results.push(await conformanceOf(call));
  return results;
}
