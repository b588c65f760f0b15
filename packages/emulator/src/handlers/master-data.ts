import { ResultCodes } from '../result-codes.js';
import { refuseUnknownUser } from './guards.js';
import type { OperationContext, Reply, RequestBody } from './operation-context.js';
import { refuse, succeed } from '../reply-envelope.js';

const noTable = (table: string): Reply =>
  refuse({ code: ResultCodes.tableNotFound, message: `no master-data table '${table}'` });

/** `POST /master-data/{token}/`: the records matching the equality filter (`{}`: all). */
export function queryMasterData(
  body: RequestBody<'queryMasterData'>,
  context: OperationContext,
): Reply {
  const refusal = refuseUnknownUser(context, body.userId);
  if (refusal !== undefined) return refuse(refusal);
  const records = context.state.masterData.query(
    context.company.companyId,
    body.table,
    body.filter,
  );
  return records === undefined ? noTable(body.table) : succeed({ payload: records });
}

/**
 * `POST /master-data/upsert/{token}/`: updates every matching record (the first only with the
 * `upsertMatches` switch at `first`), or inserts `{...filter, ...update}` when none matches
 * (creating the table if needed).
 */
export function upsertMasterData(
  body: RequestBody<'upsertMasterData'>,
  context: OperationContext,
): Reply {
  const refusal = refuseUnknownUser(context, body.userId);
  if (refusal !== undefined) return refuse(refusal);
  const counts = context.state.masterData.upsert(
    context.company.companyId,
    body.table,
    body.filter,
    body.update,
    context.assumptions.upsertMatches === 'first',
  );
  return succeed({ payload: counts });
}

/**
 * `POST /master-data/delete/{token}/`: deletes the matching records; an empty filter is refused
 * (assumption:delete-empty-filter-matches-all).
 */
export function deleteMasterData(
  body: RequestBody<'deleteMasterData'>,
  context: OperationContext,
): Reply {
  const refusal = refuseUnknownUser(context, body.userId);
  if (refusal !== undefined) return refuse(refusal);
  if (Object.keys(body.filter).length === 0) {
    return refuse({
      code: ResultCodes.emptyFilterRefused,
      message: 'an empty filter would delete every record: refused',
    });
  }
  const deleted = context.state.masterData.delete(
    context.company.companyId,
    body.table,
    body.filter,
  );
  return deleted === undefined ? noTable(body.table) : succeed({ payload: { deleted } });
}
