import { deleteMasterData, queryMasterData, upsertMasterData } from '@blizwork/client';
import { isRecord, requireRecord, requireString } from '../internal/options/arguments.js';
import { defineInspect } from '../internal/options/inspect.js';
import { CALL_OPTION_KEYS, checkOptionKeys } from '../internal/options/option-keys.js';
import type { Extractor } from '../internal/pipeline/settle.js';
import type { RequestPipeline } from '../internal/pipeline/request-pipeline.js';
import type { CallOptions, Filter, MasterDataRecord } from '../types.js';
import { payloadArray } from './extractors.js';
import type { BulkItems, BulkOptions, BulkReport } from './bulk/bulk-types.js';
import { bulkItemReporter } from '../internal/observe/instrumentation.js';
import { deleteMany, upsertMany, type UpsertManyOptions } from './bulk/upsert-many.js';

/** What an upsert or delete reports: the reply's payload (assumed counts), or `{}`. */
export type MasterDataWriteResult = Record<string, unknown>;

const WRITE_RESULT: Extractor<MasterDataWriteResult> = {
  what: 'a write result',
  read: (envelope) => (isRecord(envelope.payload) ? envelope.payload : {}),
};

// An empty filter may match every record (assumption:delete-empty-filter-matches-all): refused for writes.
function requireFilter(filter: unknown, operation: string): Filter {
  const checked = requireRecord(filter, 'filter');
  if (Object.keys(checked).length === 0) {
    throw new TypeError(
      `BlizWork: ${operation} refuses an empty filter, which would match every record of the table`,
    );
  }
  return checked;
}

/**
 * A company master-data table, by name (the wrapper's `BlizWorkMasterDataTable`). `R` types the
 * records. Filters are equality on column values (assumption:filter-equality). Obtain it with
 * `bw.masterData<R>('Clientes')`.
 */
export class MasterDataTable<R extends object = MasterDataRecord> {
  /** The table name. */
  readonly name: string;
  readonly #pipeline: RequestPipeline;

  /** @internal Use `BlizWork.masterData()`. */
  constructor(pipeline: RequestPipeline, name: string) {
    this.#pipeline = pipeline;
    this.name = requireString(name, 'the table name');
    defineInspect(this, 'MasterDataTable', () => this.toJSON());
  }

  #body(filter: Filter) {
    const { userId, environment } = this.#pipeline.settings;
    return { userId, environment, table: this.name, filter };
  }

  /** The records matching `filter` (`{}`: all). Retried on transient failures. */
  async records(filter: Filter = {}, options: CallOptions = {}): Promise<R[]> {
    checkOptionKeys('records', options, CALL_OPTION_KEYS);
    const body = this.#body(requireRecord(filter, 'filter'));
    return this.#pipeline.send(
      queryMasterData,
      { body },
      {
        operation: 'queryMasterData',
        signal: options.signal,
        extract: payloadArray<R>('an array of records in payload'),
      },
    );
  }

  /**
   * The records matching `filter`, keyed by the string value of their column `key` (the wrapper's
   * `get_dictionary`). Records without that column are left out; with duplicate keys the last wins.
   */
  async dictionary(
    filter: Filter,
    key: keyof R & string,
    options: CallOptions = {},
  ): Promise<Record<string, R>> {
    checkOptionKeys('dictionary', options, CALL_OPTION_KEYS);
    requireString(key, 'key');
    const records = await this.records(filter, options);
    const entries = records
      .map((record) => [(record as Record<string, unknown>)[key], record] as const)
      .filter(([value]) => value !== undefined && value !== null);
    return Object.fromEntries(entries.map(([value, record]) => [String(value), record]));
  }

  /**
   * Updates the records matching `filter` with `update`, or inserts one when none matches.
   * Refuses an empty filter (TypeError). Never retried automatically.
   */
  async upsert(
    filter: Filter,
    update: Partial<R>,
    options: CallOptions = {},
  ): Promise<MasterDataWriteResult> {
    checkOptionKeys('upsert', options, CALL_OPTION_KEYS);
    const body = {
      ...this.#body(requireFilter(filter, 'upsert')),
      update: requireRecord(update, 'update'),
    };
    return this.#pipeline.send(
      upsertMasterData,
      { body },
      { operation: 'upsertMasterData', signal: options.signal, extract: WRITE_RESULT },
    );
  }

  /** Deletes the records matching `filter`. Refuses an empty filter (TypeError). Never retried automatically. */
  async delete(filter: Filter, options: CallOptions = {}): Promise<MasterDataWriteResult> {
    checkOptionKeys('delete', options, CALL_OPTION_KEYS);
    const body = this.#body(requireFilter(filter, 'delete'));
    return this.#pipeline.send(
      deleteMasterData,
      { body },
      { operation: 'deleteMasterData', signal: options.signal, extract: WRITE_RESULT },
    );
  }

  /**
   * Upserts every row (an array, or any iterable or async iterable such as a parsed CSV stream),
   * each filtered on its `key` column(s), with at most `concurrency` calls at once; rows are read
   * only as calls finish, so memory stays flat. Resolves a report listing every failed row with its
   * index and typed error (a row without a key value fails with a TypeError); one failure never stops
   * the others unless `stopOnError`.
   *
   * @example
   * const report = await bw.masterData('Clientes').upsertMany(rows, { key: 'rut', onProgress: console.log });
   * for (const { index, error } of report.failed) console.error(index, error.message);
   */
  async upsertMany(
    rows: BulkItems<Partial<R>>,
    options: UpsertManyOptions<R>,
  ): Promise<BulkReport<Partial<R>>> {
    const settled = bulkItemReporter(this.#pipeline.instrumentation, 'upsertMany');
    return upsertMany(this, rows, options, settled);
  }

  /** Deletes the records matching each filter, like {@link upsertMany}: bounded, reported, flat memory. */
  async deleteMany(
    filters: BulkItems<Filter>,
    options: BulkOptions<Filter> = {},
  ): Promise<BulkReport<Filter>> {
    const settled = bulkItemReporter(this.#pipeline.instrumentation, 'deleteMany');
    return deleteMany(this, filters, options, settled);
  }

  /** A token-free summary. */
  toJSON(): { table: string } {
    return { table: this.name };
  }
}
