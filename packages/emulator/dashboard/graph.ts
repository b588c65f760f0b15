// The process graph on a page: @blizwork/process-graph lays it out and describes it as an SVG
// element tree; this builds DOM from that tree (createElementNS, setAttribute, text nodes: no
// markup is parsed, so no name from a definition can become an element) and makes it interactive:
// hover or focus shows a form's or a transition's details, a click or Enter on a form lists its cases.
import { countOf } from './count.js';
import {
  buildProcessGraph,
  caseStepsFromHistory,
  layoutProcessGraph,
  processGraphSvg,
  type GraphExtensionInput,
  type HistoryEntryInput,
  type SvgElement,
} from '@blizwork/process-graph';
import { getJson, type FormDefinition } from './api.js';
import { h, routeLink } from './dom.js';
import type { CasePage } from '../src/admin/admin-contract.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** DOM elements from the package's SVG tree. */
function toDom(tree: SvgElement): SVGElement {
  const element = document.createElementNS(SVG_NS, tree.tag);
  for (const [name, value] of Object.entries(tree.attributes)) {
    if (name !== 'xmlns') element.setAttribute(name, value);
  }
  for (const child of tree.children) {
    element.append(typeof child === 'string' ? document.createTextNode(child) : toDom(child));
  }
  return element;
}

/** Which process a graph shows (the query of the admin API's reads). */
export interface ProcessQuery {
  readonly companyId: string;
  readonly processId: string;
  readonly environment: string;
}

/** What to draw. */
export interface GraphFigureInput {
  readonly query: ProcessQuery;
  readonly forms: readonly FormDefinition[];
  readonly extensions: readonly GraphExtensionInput[];
  /** A case: its history (the path) and where it is. */
  readonly case?: { history: readonly HistoryEntryInput[]; currentFormId: string; closed: boolean };
  /** The transition to highlight (the extension call log links here). */
  readonly selected?: { from: string; to: string };
}

/** The list of the cases at a form, filled when a form of the graph is activated. */
function casesAtForm(query: ProcessQuery): {
  element: HTMLElement;
  show: (formId: string) => void;
} {
  const element = h(
    'section',
    { class: 'cases-at-form', 'data-testid': 'cases-at-form', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Click a form (or focus it and press Enter) to list its cases.'),
  );
  let ticket = 0;
  const show = (formId: string): void => {
    const mine = ++ticket;
    void getJson<CasePage>('cases', {
      ...query,
      form: formId,
      limit: 50,
    }).then(
      (page) => {
        if (mine !== ticket) return;
        element.replaceChildren(
          h('h3', {}, `${countOf(page.total, 'case')} at `, h('code', {}, formId)),
          page.items.length === 0
            ? h('p', { class: 'muted' }, 'None.')
            : h(
                'ul',
                {},
                page.items.map((item) =>
                  h(
                    'li',
                    { 'data-testid': `form-case-${item.caseNumber}` },
                    routeLink(
                      'case',
                      { ...query, caseNumber: item.caseNumber },
                      `#${item.caseNumber}`,
                    ),
                    ` ${item.closed ? 'closed' : 'open'} · started by ${item.createAudit.user} on ${item.createAudit.date}`,
                  ),
                ),
              ),
        );
      },
      (error: unknown) => {
        if (mine === ticket) element.replaceChildren(h('p', { class: 'error' }, String(error)));
      },
    );
  };
  return { element, show };
}

/**
 * The process graph as a figure: the picture (scrollable: 50 forms stay at full size), a details
 * line for the form or transition under the pointer or the keyboard focus, and the cases at the
 * form last activated.
 */
export function graphFigure(input: GraphFigureInput): HTMLElement {
  const graph = buildProcessGraph(
    { processId: input.query.processId, forms: input.forms },
    {
      extensions: input.extensions,
      ...(input.case === undefined
        ? {}
        : {
            case: {
              steps: caseStepsFromHistory(input.case.history),
              currentFormId: input.case.currentFormId,
              closed: input.case.closed,
            },
          }),
    },
  );
  const selected = graph.edges.find(
    (edge) => edge.sourceFormId === input.selected?.from && edge.targetFormId === input.selected.to,
  );
  const svg = toDom(
    processGraphSvg(layoutProcessGraph(graph), {
      embedStyle: false,
      interactive: true,
      ...(selected === undefined ? {} : { selectedEdgeId: selected.id }),
    }),
  );
  const details = h(
    'p',
    { class: 'graph-details', 'data-testid': 'graph-details', 'aria-live': 'polite' },
    'Point at or focus a form or a transition for its details.',
  );
  const cases = casesAtForm(input.query);
  const formIdOf = new Map(graph.nodes.map((node) => [node.id, node.formId]));
  const target = (event: Event): Element | null =>
    event.target instanceof Element ? event.target.closest('[data-node], [data-edge]') : null;
  const describe = (event: Event): void => {
    const item = target(event);
    const title = item?.querySelector(':scope > title')?.textContent;
    if (title !== undefined && title !== null) details.textContent = title.replace(/\n/g, ' · ');
  };
  const activate = (item: Element | null): void => {
    const formId = formIdOf.get(item?.getAttribute('data-node') ?? '');
    if (formId !== undefined) cases.show(formId);
  };
  svg.addEventListener('mouseover', describe);
  svg.addEventListener('focusin', describe);
  svg.addEventListener('click', (event) => activate(target(event)));
  svg.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const item = target(event);
    if (item?.hasAttribute('data-node') !== true) return;
    event.preventDefault();
    activate(item);
  });
  if (selected !== undefined) {
    requestAnimationFrame(() => {
      const edge = svg.querySelector(`[data-edge="${selected.id}"]`);
      edge?.scrollIntoView({ block: 'center', inline: 'center' });
      details.textContent =
        edge?.querySelector(':scope > title')?.textContent?.replace(/\n/g, ' · ') ?? '';
    });
  }
  return h(
    'figure',
    {
      class: 'graph',
      'data-testid': 'process-graph',
      'data-forms': graph.nodes.length,
      'data-transitions': graph.edges.length,
    },
    h('div', { class: 'graph-scroll' }, svg),
    details,
    cases.element,
  );
}
