import { getJson, postJson } from '../api.js';
import { h, jsonBlock, routeLink } from '../dom.js';
import type { View } from '../view.js';

import type { ExtensionCallInfo } from '../../src/admin/admin-contract.js';

const outcome = (call: ExtensionCallInfo): string =>
  call.status === 0 ? `failed: ${call.error ?? 'no answer'}` : `HTTP ${call.status}`;

/** A link to the transition's edge in the process graph (the page highlights it). */
const transitionLink = (
  call: ExtensionCallInfo,
  transition: NonNullable<ExtensionCallInfo['transition']>,
): HTMLElement =>
  h(
    'span',
    { 'data-testid': 'call-edge' },
    routeLink(
      'process',
      {
        companyId: transition.companyId,
        processId: call.body.processId ?? '',
        environment: call.body.environment ?? 'production',
        from: transition.formId,
        to: transition.nextFormId,
      },
      `${transition.formId} → ${transition.nextFormId}`,
    ),
  );

/** Every extension call, newest first: URL, request body, status, duration, reply body, errors. */
export const extensionCallsView: View = async (_params, context) => {
  const calls = await getJson<ExtensionCallInfo[]>('extension-calls');
  const resend = async (index: number): Promise<void> => {
    await postJson('extension-calls/resend', { index });
    await context.refresh();
  };
  return h(
    'section',
    {},
    h('h1', {}, 'Extension calls'),
    calls.length === 0 ? h('p', { class: 'muted' }, 'No extension called yet.') : '',
    calls.map((call) =>
      h(
        'article',
        {
          class: `card ${call.status >= 200 && call.status < 300 ? 'ok' : 'bad'}`,
          'data-testid': `extension-call-${call.index}`,
        },
        h(
          'h2',
          {},
          h('code', {}, 'POST'),
          ` ${call.url} `,
          h('span', { class: 'tag', 'data-testid': 'call-outcome' }, outcome(call)),
        ),
        h(
          'p',
          { class: 'muted' },
          `${call.startedAt ?? ''} · ${call.durationMs === undefined ? '?' : call.durationMs} ms`,
          call.transition === undefined ? '' : [' · on ', transitionLink(call, call.transition)],
        ),
        h('h3', {}, 'Request body'),
        jsonBlock(call.body),
        h('h3', {}, 'Response body'),
        h('pre', { 'data-testid': 'response-body' }, call.responseBody ?? '(no answer)'),
        h('button', { type: 'button', onclick: () => void resend(call.index) }, 'Resend'),
      ),
    ),
  );
};
