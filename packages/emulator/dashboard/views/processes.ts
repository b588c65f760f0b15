import { countOf } from '../count.js';
import { getJson, type FormDefinition, type ProcessInfo } from '../api.js';
import { h, routeLink } from '../dom.js';
import type { View } from '../view.js';

/** A form as a list item: id, name, fields and the forms it may move to. */
export const formRow = (form: FormDefinition, isStart: boolean): HTMLElement =>
  h(
    'li',
    { 'data-testid': `form-${form.formId}` },
    h('code', {}, form.formId),
    form.name === undefined ? '' : ` ${form.name}`,
    isStart ? h('span', { class: 'tag' }, 'start') : '',
    form.fields.length === 0
      ? ''
      : h(
          'span',
          { class: 'muted' },
          ` fields: ${form.fields.map((field) => `${field.id}${field.type === undefined ? '' : `:${field.type}`}`).join(', ')}`,
        ),
    ' → ',
    form.nextFormIds.length === 0
      ? h('span', { class: 'tag' }, 'final')
      : form.nextFormIds.map((next) => h('code', { class: 'next' }, next)),
  );

/** Every process version with its forms and transitions, linking to its cases. */
export const processesView: View = async () => {
  const processes = await getJson<ProcessInfo[]>('processes');
  return h(
    'section',
    {},
    h('h1', {}, 'Processes'),
    processes.map((process) =>
      h(
        'article',
        { class: 'card', 'data-testid': `process-${process.processId}-${process.environment}` },
        h(
          'h2',
          {},
          `${process.name} `,
          h('code', {}, process.processId),
          h('span', { class: 'tag' }, `${process.environment} v${process.version}`),
        ),
        h(
          'ol',
          { class: 'forms' },
          process.forms.map((form, index) => formRow(form, index === 0)),
        ),
        h(
          'p',
          { class: 'links' },
          routeLink(
            'process',
            {
              companyId: process.companyId,
              processId: process.processId,
              environment: process.environment,
            },
            'graph →',
          ),
          routeLink(
            'cases',
            {
              companyId: process.companyId,
              processId: process.processId,
              environment: process.environment,
            },
            `${countOf(process.caseCount, 'case')} →`,
          ),
        ),
      ),
    ),
  );
};
