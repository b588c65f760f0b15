import { getJson } from '../api.js';
import { graphFigure } from '../graph.js';
import { h, jsonBlock } from '../dom.js';
import type { View } from '../view.js';
import { activityForm } from './activity-form.js';
import type { CaseDetail, TimelineEntry } from '../../src/admin/admin-contract.js';

const fieldValue = (value: unknown): Node | string => {
  const file = value as { fileName?: unknown; fileUrl?: unknown } | null;
  if (
    typeof file?.fileName === 'string' &&
    typeof file.fileUrl === 'string' &&
    /^https?:/.test(file.fileUrl)
  ) {
    return h('a', { href: file.fileUrl }, file.fileName);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
};

const timelineItem = (entry: TimelineEntry): HTMLElement =>
  h(
    'li',
    {},
    h('time', {}, entry.updatedOn),
    ' ',
    h('strong', {}, entry.updatedBy),
    entry.currentActivity === undefined
      ? ' started the case at '
      : [' executed ', h('code', {}, entry.currentActivity.formId), ' → '],
    h('code', {}, entry.nextActivity.formId),
    entry.changedFields === null || entry.changedFields.length === 0
      ? ''
      : h('span', { class: 'muted' }, ` changed: ${entry.changedFields.join(', ')}`),
  );

/** One case: fields, history timeline, current form, and the form to execute the next activity. */
export const casePage: View = async (params, context) => {
  const query = {
    companyId: params.get('companyId') ?? '',
    processId: params.get('processId') ?? '',
    environment: params.get('environment') ?? 'production',
    caseNumber: params.get('caseNumber') ?? '',
  };
  const detail = await getJson<CaseDetail>('case', query);
  const { case: record, process } = detail;
  const currentForm = process.forms.find((form) => form.formId === record.currentFormId);
  return h(
    'section',
    {},
    h(
      'h1',
      {},
      `Case #${record.caseNumber} of `,
      h('code', {}, process.processId),
      h('span', { class: 'tag' }, query.environment),
    ),
    h(
      'p',
      { 'data-testid': 'case-status' },
      record.closed ? 'Closed at ' : 'Waiting at ',
      h('code', {}, record.currentFormId),
      currentForm?.name === undefined ? '' : ` (${currentForm.name})`,
    ),
    h('h2', {}, 'Path'),
    graphFigure({
      query: {
        companyId: query.companyId,
        processId: query.processId,
        environment: query.environment,
      },
      forms: process.forms,
      extensions: detail.extensions,
      case: {
        history: detail.timeline,
        currentFormId: record.currentFormId,
        closed: record.closed,
      },
    }),
    h('h2', {}, 'Fields'),
    h(
      'table',
      { 'data-testid': 'case-fields' },
      h(
        'tbody',
        {},
        Object.entries(record.fields).map(([name, value]) =>
          h('tr', {}, h('th', {}, name), h('td', {}, fieldValue(value))),
        ),
      ),
    ),
    h('h2', {}, 'History'),
    h('ol', { class: 'timeline', 'data-testid': 'timeline' }, detail.timeline.map(timelineItem)),
    record.closed || currentForm === undefined
      ? h('p', { class: 'muted' }, 'The case is closed: no activity left.')
      : activityForm(currentForm, { ...query, caseNumber: record.caseNumber }, context),
    h('details', {}, h('summary', {}, 'Raw case'), jsonBlock(record)),
  );
};
