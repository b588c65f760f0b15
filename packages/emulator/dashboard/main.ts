// The dashboard page: a hash router over the views, refreshed live by the admin API's event stream.
import { getJson, type CompanyInfo } from './api.js';
import type { OverviewReply } from '../src/admin/admin-contract.js';
import { h } from './dom.js';
import { showStatus, type View } from './view.js';
import { casePage } from './views/case-page.js';
import { casesView } from './views/cases.js';
import { extensionCallsView } from './views/extension-calls.js';
import { notificationsView } from './views/notifications.js';
import { processPage } from './views/process-page.js';
import { processesView } from './views/processes.js';
import { tablesView, tableView } from './views/master-data.js';

/** The views by route name (a Map: the name comes from the URL, e.g. `#/constructor`). */
const views: ReadonlyMap<string, View> = new Map([
  ['', processesView],
  ['process', processPage],
  ['cases', casesView],
  ['case', casePage],
  ['master-data', tablesView],
  ['table', tableView],
  ['notifications', notificationsView],
  ['extension-calls', extensionCallsView],
]);

const main = document.getElementById('main') as HTMLElement;
let companies: readonly CompanyInfo[] = [];
let rendering = 0;

/** The current route: `#/name?query`. */
function currentRoute(): { name: string; params: URLSearchParams } {
  const [path = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { name: path, params: new URLSearchParams(query) };
}

/** The input, select or textarea of the page that has the keyboard focus, if any. */
function focusedControl(): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null {
  const active = document.activeElement;
  const isControl =
    active instanceof HTMLInputElement ||
    active instanceof HTMLSelectElement ||
    active instanceof HTMLTextAreaElement;
  return isControl && main.contains(active) ? active : null;
}

/**
 * True while the user is filling a form: one holds typed input (`data-dirty`), or a field has the
 * focus (they clicked into it and are about to type: replacing it now would drop the first keys).
 * A live refresh would throw their input away.
 */
const editing = (): boolean =>
  main.querySelector('form[data-dirty]') !== null || focusedControl() !== null;

/** Whether a live refresh was held back because the user was editing (`data-refresh-held`). */
function holdRefresh(held: boolean): void {
  main.toggleAttribute('data-refresh-held', held);
}

/**
 * After the user's own action succeeded: the field they submitted from no longer means they are
 * typing, so it lets the refresh through (a field of another form that holds input still holds it).
 */
function refreshAfterAction(): Promise<void> {
  const control = focusedControl();
  if (control !== null && control.form?.hasAttribute('data-dirty') !== true) control.blur();
  return render(true);
}

/**
 * Renders the current route; a live refresh (`live`) never replaces a form being filled: it is
 * held back and runs once the user leaves the form.
 */
async function render(live = false): Promise<void> {
  const ticket = ++rendering;
  const { name, params } = currentRoute();
  const view = views.get(name);
  let content: Node;
  try {
    content =
      view === undefined
        ? h('p', {}, `No page '${name}'.`)
        : await view(params, { companies, refresh: refreshAfterAction });
  } catch (error) {
    content = h('p', { class: 'error', role: 'alert' }, (error as Error).message);
  }
  if (ticket !== rendering) return; // a newer render started: it shows the newer state
  if (live && editing()) {
    holdRefresh(true); // the user began editing meanwhile
    return;
  }
  main.replaceChildren(content);
  holdRefresh(false);
}

/** Shows the companies, their users and their masked tokens. */
async function loadCompanies(): Promise<void> {
  const overview = await getJson<OverviewReply>('overview');
  companies = overview.companies;
  document
    .getElementById('companies')
    ?.replaceChildren(
      ...companies.map((company) =>
        h(
          'span',
          { class: 'company' },
          `${company.name} (${company.companyId}) · token ${company.tokens.join(', ')} · ${company.users.join(', ')}`,
        ),
      ),
      h(
        'span',
        { class: 'company' },
        overview.dataDir === null ? 'state in memory only' : `saved in ${overview.dataDir}`,
      ),
    );
}

let refreshTimer: number | undefined;

/** A change arrived: re-render soon, unless the user is filling a form (then hold it back). */
function scheduleRefresh(): void {
  clearTimeout(refreshTimer);
  refreshTimer = window.setTimeout(() => {
    if (editing()) holdRefresh(true);
    else void render(true);
  }, 100);
}

// Leaving a field: run the refresh held back meanwhile, unless the user is still editing (the
// scheduled check runs after the focus has moved on).
main.addEventListener('focusout', () => {
  if (main.hasAttribute('data-refresh-held')) scheduleRefresh();
});

function listen(): void {
  const live = document.getElementById('live') as HTMLElement;
  const events = new EventSource('/_emulator/api/events');
  events.addEventListener('open', () => {
    live.textContent = 'live';
    live.className = 'live on';
  });
  events.addEventListener('error', () => {
    live.textContent = 'reconnecting';
    live.className = 'live';
  });
  events.addEventListener('change', scheduleRefresh);
}

window.addEventListener('hashchange', () => {
  showStatus('');
  void render();
});
void loadCompanies().then(
  () => render(),
  () => render(),
);
listen();
