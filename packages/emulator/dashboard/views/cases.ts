import { getJson, postJson, type OperationReply } from '../api.js';
import { h, routeLink } from '../dom.js';
import { showStatus, usersOf, type View } from '../view.js';
import type { CasePage } from '../../src/admin/admin-contract.js';

const PAGE_SIZE = 50;

/** A process's cases, newest first, filtered and paged (the server sends one page). */
export const casesView: View = async (params, context) => {
  const companyId = params.get('companyId') ?? '';
  const processId = params.get('processId') ?? '';
  const environment = params.get('environment') ?? 'production';
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? '';
  const offset = Number(params.get('offset') ?? 0);
  const page = await getJson<CasePage>('cases', {
    companyId,
    processId,
    environment,
    q,
    status,
    offset,
    limit: PAGE_SIZE,
  });
  const go = (changes: Record<string, string | number>): void => {
    const next = new URLSearchParams({
      companyId,
      processId,
      environment,
      q,
      status,
      offset: String(offset),
    });
    for (const [key, value] of Object.entries(changes)) next.set(key, String(value));
    location.hash = `#/cases?${next.toString()}`;
  };
  const search = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'case number, form, user or field value',
    'data-testid': 'case-search',
  }) as HTMLInputElement;
  const statusSelect = h(
    'select',
    { name: 'status' },
    h('option', { value: '' }, 'all'),
    h('option', { value: 'open' }, 'open'),
    h('option', { value: 'closed' }, 'closed'),
  ) as HTMLSelectElement;
  statusSelect.value = status;
  const startCase = async (): Promise<void> => {
    const reply = await postJson<OperationReply>('cases', {
      companyId,
      processId,
      environment,
      userId: usersOf(context, companyId)[0],
    });
    showStatus(
      reply.resultCode === 0 ? `Started case #${String(reply.caseNumber)}.` : reply.resultMessage,
    );
  };
  return h(
    'section',
    {},
    h('h1', {}, `Cases of `, h('code', {}, processId), h('span', { class: 'tag' }, environment)),
    h(
      'form',
      {
        class: 'toolbar',
        onsubmit: (event: Event) => {
          event.preventDefault();
          go({ q: search.value, status: statusSelect.value, offset: 0 });
        },
      },
      search,
      statusSelect,
      h('button', { type: 'submit' }, 'Filter'),
      h(
        'button',
        { type: 'button', 'data-testid': 'start-case', onclick: () => void startCase() },
        'Start a case',
      ),
    ),
    h(
      'table',
      { 'data-testid': 'cases' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, '#'),
          h('th', {}, 'form'),
          h('th', {}, 'status'),
          h('th', {}, 'started by'),
          h('th', {}, 'started on'),
          h('th', {}, 'fields'),
        ),
      ),
      h(
        'tbody',
        {},
        page.items.map((item) =>
          h(
            'tr',
            { 'data-testid': `case-row-${item.caseNumber}` },
            h(
              'td',
              {},
              routeLink(
                'case',
                { companyId, processId, environment, caseNumber: item.caseNumber },
                `#${item.caseNumber}`,
              ),
            ),
            h('td', {}, h('code', {}, item.currentFormId)),
            h('td', {}, item.closed ? 'closed' : 'open'),
            h('td', {}, item.createAudit.user),
            h('td', {}, item.createAudit.date),
            h('td', { class: 'muted' }, Object.keys(item.fields).join(', ')),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'pager' },
      h(
        'button',
        {
          type: 'button',
          disabled: offset === 0,
          onclick: () => go({ offset: Math.max(0, offset - PAGE_SIZE) }),
        },
        '← newer',
      ),
      ` ${page.total === 0 ? 0 : offset + 1}–${Math.min(offset + PAGE_SIZE, page.total)} of ${page.total} `,
      h(
        'button',
        {
          type: 'button',
          disabled: offset + PAGE_SIZE >= page.total,
          onclick: () => go({ offset: offset + PAGE_SIZE }),
        },
        'older →',
      ),
    ),
  );
};
