import { countOf } from '../count.js';
import { getJson, postJson, type OperationReply } from '../api.js';
import { h, routeLink } from '../dom.js';
import { showStatus, usersOf, type View, type ViewContext } from '../view.js';

import type { TableInfo, TableRecords } from '../../src/admin/admin-contract.js';

type MasterRecord = Record<string, unknown>;

/** Every master-data table with its record count. */
export const tablesView: View = async () => {
  const tables = await getJson<TableInfo[]>('tables');
  return h(
    'section',
    {},
    h('h1', {}, 'Master data'),
    tables.length === 0 ? h('p', { class: 'muted' }, 'No tables yet.') : '',
    h(
      'ul',
      {},
      tables.map((table) =>
        h(
          'li',
          {},
          routeLink('table', { companyId: table.companyId, table: table.table }, table.table),
          ` ${countOf(table.count, 'record')} `,
          h('span', { class: 'muted' }, table.companyId),
        ),
      ),
    ),
  );
};

/** An edited cell back to JSON: keeps numbers and booleans when the original was one. */
const parseCell = (text: string, original: unknown): unknown => {
  if (typeof original === 'number' && text.trim() !== '' && Number.isFinite(Number(text)))
    return Number(text);
  if (typeof original === 'boolean' && (text === 'true' || text === 'false'))
    return text === 'true';
  if (typeof original === 'object' && original !== null) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
};

const cellText = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);

function recordRow(
  record: MasterRecord,
  index: number,
  columns: string[],
  save: (original: MasterRecord, update: MasterRecord) => Promise<void>,
  remove: (record: MasterRecord, index: number) => Promise<void>,
): HTMLElement {
  // Own members only, whatever the column is named (`constructor`, `__proto__`).
  const cell = (column: string): unknown =>
    Object.hasOwn(record, column) ? record[column] : undefined;
  const inputs = columns.map(
    (column) =>
      h('input', {
        name: column,
        value: cellText(cell(column)),
        'aria-label': column,
      }) as HTMLInputElement,
  );
  const formId = `record-${index}`;
  const form = h(
    'form',
    { id: formId },
    h('button', { type: 'submit' }, 'Save'),
    ' ',
    h('button', { type: 'button', onclick: () => void remove(record, index) }, 'Delete'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const changes: [string, unknown][] = [];
    inputs.forEach((input, column) => {
      const name = columns[column] ?? '';
      if (input.value !== cellText(cell(name)))
        changes.push([name, parseCell(input.value, cell(name))]);
    });
    const update: MasterRecord = Object.fromEntries(changes);
    form.removeAttribute('data-dirty'); // saved: live refreshes may replace the row again
    void save(record, update);
  });
  return h(
    'tr',
    // The inputs sit in other cells (linked with form=): mark their row's form as being edited.
    { 'data-testid': formId, oninput: () => form.setAttribute('data-dirty', '') },
    inputs.map((input) => {
      input.setAttribute('form', formId);
      return h('td', {}, input);
    }),
    h('td', {}, form),
  );
}

/**
 * The form that adds a record: one input per column, empty inputs left out; a value is read as
 * the type the column's first record has (number, boolean, JSON), else as text.
 */
function newRecordForm(
  columns: string[],
  sample: MasterRecord | undefined,
  add: (record: MasterRecord) => Promise<void>,
): HTMLElement {
  const inputs = columns.map(
    (column) =>
      h('input', {
        name: column,
        placeholder: column,
        'aria-label': `new ${column}`,
      }) as HTMLInputElement,
  );
  const form = h(
    'form',
    // Marked while filled in: live refreshes keep it (see main.ts).
    {
      class: 'new-record',
      'data-testid': 'new-record',
      oninput: () => form.setAttribute('data-dirty', ''),
    },
    h('h2', {}, 'New record'),
    inputs,
    h('button', { type: 'submit' }, 'Add'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.removeAttribute('data-dirty');
    const entries: [string, unknown][] = [];
    inputs.forEach((input, index) => {
      const column = columns[index] ?? '';
      const original = sample !== undefined && Object.hasOwn(sample, column) ? sample[column] : '';
      if (input.value !== '') entries.push([column, parseCell(input.value, original)]);
    });
    void add(Object.fromEntries(entries));
  });
  return form;
}

/**
 * One table's records: each row editable (saved with the upsert semantics of the API) or
 * deletable, and a form that adds a record.
 */
export const tableView: View = async (params, context: ViewContext) => {
  const companyId = params.get('companyId') ?? '';
  const table = params.get('table') ?? '';
  const { records } = await getJson<TableRecords>('table', { companyId, table });
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const save = async (original: MasterRecord, update: MasterRecord): Promise<void> => {
    if (Object.keys(update).length === 0) {
      showStatus('Nothing changed.');
      return;
    }
    // The record itself is the filter: the update reaches exactly the records equal to it.
    const reply = await postJson<OperationReply>('master-data/upsert', {
      companyId,
      table,
      userId: usersOf(context, companyId)[0],
      filter: original,
      update,
    });
    showStatus(
      reply.resultCode === 0 ? 'Saved.' : `Refused (${reply.resultCode}): ${reply.resultMessage}`,
    );
    if (reply.resultCode === 0) await context.refresh();
  };
  const refreshAfter = async (reply: Promise<unknown>, done: string): Promise<void> => {
    try {
      await reply;
      showStatus(done);
      await context.refresh();
    } catch (error) {
      showStatus(`Refused: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const add = async (record: MasterRecord): Promise<void> => {
    if (Object.keys(record).length === 0) {
      showStatus('Fill in at least one column.');
      return;
    }
    await refreshAfter(postJson('master-data/records', { companyId, table, record }), 'Added.');
  };
  const remove = (record: MasterRecord, index: number): Promise<void> =>
    refreshAfter(
      postJson('master-data/records/delete', { companyId, table, index, record }),
      'Deleted.',
    );
  return h(
    'section',
    {},
    h('h1', {}, 'Table ', h('code', {}, table)),
    h(
      'table',
      { class: 'editable', 'data-testid': 'records' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((column) => h('th', {}, column)),
          h('th', {}),
        ),
      ),
      h(
        'tbody',
        {},
        records.map((record, index) => recordRow(record, index, columns, save, remove)),
      ),
    ),
    newRecordForm(columns, records[0], add),
  );
};
