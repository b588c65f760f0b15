import { countOf } from '../count.js';
import { getJson, type ProcessInfo } from '../api.js';
import { graphFigure } from '../graph.js';
import { h, routeLink } from '../dom.js';
import type { View } from '../view.js';
import { formRow } from './processes.js';

/**
 * One process version: its graph (forms, transitions, extensions; `from` and `to` highlight a
 * transition), the cases at a form on click, and its forms with their fields.
 */
export const processPage: View = async (params) => {
  const query = {
    companyId: params.get('companyId') ?? '',
    processId: params.get('processId') ?? '',
    environment: params.get('environment') === 'draft' ? 'draft' : 'production',
  };
  const process = (await getJson<ProcessInfo[]>('processes')).find(
    (candidate) =>
      candidate.companyId === query.companyId &&
      candidate.processId === query.processId &&
      candidate.environment === query.environment,
  );
  if (process === undefined) {
    return h(
      'p',
      { class: 'error', role: 'alert' },
      `No ${query.environment} process '${query.processId}'.`,
    );
  }
  const from = params.get('from');
  const to = params.get('to');
  return h(
    'section',
    {},
    h(
      'h1',
      {},
      `${process.name} `,
      h('code', {}, process.processId),
      h('span', { class: 'tag' }, `${process.environment} v${process.version}`),
    ),
    h('p', {}, routeLink('cases', query, `${countOf(process.caseCount, 'case')} →`)),
    graphFigure({
      query,
      forms: process.forms,
      extensions: process.extensions,
      ...(from === null || to === null ? {} : { selected: { from, to } }),
    }),
    h('h2', {}, 'Forms'),
    h(
      'ol',
      { class: 'forms' },
      process.forms.map((form, index) => formRow(form, index === 0)),
    ),
  );
};
