// The dashboard page: a hash router over the views, refreshed live by the admin API's event stream.
import { getJson, type CompanyInfo } from './api.js';
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
let companies: CompanyInfo[] = [];
let rendering = 0;

/** The current route: `#/name?query`. */
function currentRoute(): { name: string; params: URLSearchParams } {
  const [path = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { name: path, params: new URLSearchParams(query) };
}

/** True while the user is filling a form: a live refresh would throw their input away. */
const editing = (): boolean => main.querySelector('form[data-dirty]') !== null;

/** Renders the current route; a live refresh (`live`) never replaces a form being filled. */
async function render(live = false): Promise<void> {
  const ticket = ++rendering;
  const { name, params } = currentRoute();
  const view = views.get(name);
  let content: Node;
  try {
    content =
      view === undefined
        ? h('p', {}, `No page '${name}'.`)
        : await view(params, { companies, refresh: () => render(true) });
  } catch (error) {
    content = h('p', { class: 'error', role: 'alert' }, (error as Error).message);
  }
  // A newer render started, or the user began typing meanwhile: drop this one.
  if (ticket === rendering && !(live && editing())) main.replaceChildren(content);
}

/** Shows the companies, their users and their masked tokens. */
async function loadCompanies(): Promise<void> {
  const overview = await getJson<{ companies: CompanyInfo[]; dataDir: string | null }>('overview');
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

/** A change arrived: re-render soon, unless the user is filling a form. */
function scheduleRefresh(): void {
  clearTimeout(refreshTimer);
  refreshTimer = window.setTimeout(() => {
    if (!editing()) void render(true);
  }, 100);
}

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
