// The process graph in the dashboard, in Debian's Chromium: on the process page (node and edge
// counts equal the definition's, keyboard reachable, a click lists the cases at a form), on the case
// page (the path highlighted, who and when on focus), from the extension call log (its edge
// highlighted), at 50 forms, with hostile names, and in the dark colour scheme. Screenshots go to
// test-results/dashboard-graph/; UPDATE_DASHBOARD_SCREENSHOTS=1 also copies them to docs/.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed, type Seed } from '../src/index.js';
import { ApiClient } from './helpers/api-client.js';
import { launchChromium } from './helpers/chromium.js';
import { ensureBuilt, runCli, type RunningCli } from './helpers/cli-process.js';
import { startExtensionServer, type ExtensionServer } from './helpers/extension-server.js';
import { acme } from './helpers/use-emulator.js';

const screenshots = fileURLToPath(new URL('../test-results/dashboard-graph/', import.meta.url));
const docs = fileURLToPath(new URL('../docs/', import.meta.url));

/** 50 forms: a main line with skips forward and loops back (as the package's bench). */
const fiftyForms = Array.from({ length: 50 }, (_, i) => ({
  formId: `form-${i}`,
  ...(i % 4 === 0 ? { name: `Step ${i} of the flow` } : {}),
  fields: [],
  nextFormIds: [
    ...(i + 1 < 50 ? [`form-${i + 1}`] : []),
    ...(i % 3 === 0 && i + 3 < 50 ? [`form-${i + 3}`] : []),
    ...(i % 7 === 6 ? [`form-${i - 5}`] : []),
  ],
}));
const hostileNames = [
  '"]',
  '</text><script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned=1">',
];

let extension: ExtensionServer;
let cli: RunningCli;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  ensureBuilt();
  mkdirSync(screenshots, { recursive: true });
  extension = await startExtensionServer(() => 200);
  const seed: Seed = {
    ...structuredClone(defaultSeed),
    processes: [
      ...structuredClone(defaultSeed.processes ?? []),
      {
        companyId: acme.companyId,
        processId: 'fifty-forms',
        name: '50 forms',
        version: 1,
        forms: fiftyForms,
      },
      {
        companyId: acme.companyId,
        processId: 'hostile',
        name: hostileNames[1]!,
        version: 1,
        forms: hostileNames.map((name, index) => ({
          formId: `form-${index}`,
          name,
          fields: [],
          nextFormIds: index + 1 < hostileNames.length ? [`form-${index + 1}`] : [],
        })),
      },
    ],
    extensions: [
      {
        processId: acme.process,
        formId: 'qualification',
        nextFormId: 'won',
        url: `${extension.url}/won`,
      },
    ],
  };
  const seedFile = join(mkdtempSync(join(tmpdir(), 'emulator-graph-')), 'seed.json');
  writeFileSync(seedFile, JSON.stringify(seed));
  cli = await runCli(['--port', '0', '--seed', seedFile]);
  browser = await launchChromium();
  page = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  cli?.child.kill('SIGTERM');
  await cli?.exited;
  await extension?.close();
});

const shot = async (name: string): Promise<void> => {
  const path = join(screenshots, `${name}.png`);
  await page.screenshot({ path, type: 'png' });
  if (process.env.UPDATE_DASHBOARD_SCREENSHOTS === '1')
    copyFileSync(path, join(docs, `${name}.png`));
};
const processUrl = (processId: string, extra = '') =>
  `${cli.dashboard ?? ''}#/process?companyId=${acme.companyId}&processId=${processId}&environment=production${extra}`;
const graph = () => page.getByTestId('process-graph');
/**
 * Loads `url` afresh. `page.goto` to a URL that differs only in its hash keeps the document, so the
 * previous view's graph would still be on the page (and counted) until the router replaced it.
 */
const openPage = async (url: string): Promise<void> => {
  await page.goto('about:blank');
  await page.goto(url);
};
const transitionsOf = (forms: readonly { nextFormIds: readonly string[] }[]) =>
  forms.reduce((sum, form) => sum + new Set(form.nextFormIds).size, 0);

describe('process graph in the dashboard (Chromium)', () => {
  it('draws every form and transition of the process page, reachable by keyboard; a form lists its cases', async () => {
    const sales = (defaultSeed.processes ?? [])[0]!;
    await openPage(processUrl(acme.process));
    await graph().waitFor();
    await expect(graph().locator('[data-node]').count()).resolves.toBe(sales.forms.length);
    await expect(graph().locator('[data-edge]').count()).resolves.toBe(transitionsOf(sales.forms));
    await expect(graph().locator('.pg-start').textContent()).resolves.toContain('lead');
    await expect(graph().locator('.pg-terminal').count()).resolves.toBe(2);
    await expect(graph().locator('.pg-extended').count()).resolves.toBe(1);
    await shot('process-graph');

    // Tab from the link above the graph reaches the picture (its name: "Process sales-process"),
    // the transition that carries an extension (edges are drawn first, under the forms), then the
    // forms in order.
    await page.getByRole('link', { name: /cases →/ }).focus();
    const focused: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      focused.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          return (
            active?.getAttribute('data-edge') ??
            active?.getAttribute('data-node') ??
            active?.tagName ??
            ''
          );
        }),
      );
    }
    expect(focused).toEqual(['svg', 'e1', 'n0', 'n1']);
    await graph().locator('[data-node="n1"]').focus();
    await page.getByTestId('graph-details').getByText('form qualification').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('cases-at-form').getByText('1 case at').waitFor();
    await page.getByTestId('form-case-2').waitFor();
    // A click works too, and a final form lists the case closed there.
    await graph().locator('[data-node="n2"]').click();
    await page.getByTestId('form-case-3').waitFor();
  });

  it("highlights a case's path on its page, with who and when on focus", async () => {
    await openPage(
      `${cli.dashboard ?? ''}#/case?companyId=${acme.companyId}&processId=${acme.process}&environment=production&caseNumber=3`,
    );
    await graph().waitFor();
    await expect(graph().locator('.pg-taken').count()).resolves.toBe(2); // lead → qualification → won
    await expect(graph().locator('.pg-current').textContent()).resolves.toContain('won');
    const firstStep = graph().locator('.pg-taken').first();
    await firstStep.focus();
    await page
      .getByTestId('graph-details')
      .getByText('step #1: ana@acme.test on 2026-01-07')
      .waitFor();
    await shot('case-graph');
  });

  it('links an extension call to its edge, highlighted on the process page', async () => {
    const exec = await new ApiClient(cli.url, acme.token).call('executeActivity', {
      companyId: acme.companyId,
      userId: acme.bob,
      workflowId: acme.process,
      caseNumber: 2,
      formId: 'qualification',
      nextFormId: 'won',
      formData: {},
    });
    expect(exec.body.resultCode).toBe(0);
    await openPage(`${cli.dashboard ?? ''}#/extension-calls`);
    await page.getByTestId('extension-call-0').getByTestId('call-edge').getByRole('link').click();
    await graph().locator('.pg-selected').waitFor();
    await expect(graph().locator('.pg-selected title').textContent()).resolves.toMatch(
      /^qualification → won\nextension: http:\/\/127\.0\.0\.1:\d+\/won$/,
    );
    await page.getByTestId('graph-details').getByText('qualification → won').waitFor();
  });

  it('reads at 50 forms: every form and transition drawn, text at full size, scrollable', async () => {
    await openPage(processUrl('fifty-forms'));
    await graph().waitFor();
    await expect(graph().locator('[data-node]').count()).resolves.toBe(50);
    await expect(graph().locator('[data-edge]').count()).resolves.toBe(transitionsOf(fiftyForms));
    const idSize = await graph()
      .locator('.pg-id')
      .first()
      .evaluate((text) => getComputedStyle(text).fontSize);
    expect(idSize).toBe('13px');
    await graph().locator('[data-node="n20"]').scrollIntoViewIfNeeded();
    await shot('process-graph-50-forms');
  });

  it('shows hostile names as text: no element injected, no script run', async () => {
    await openPage(processUrl('hostile'));
    await graph().waitFor();
    await expect(graph().locator('[data-node]').count()).resolves.toBe(hostileNames.length);
    await expect(graph().locator('img, script').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as { pwned?: number }).pwned),
    ).resolves.toBeUndefined();
    const titles = await graph().locator('[data-node] > title').allTextContents();
    hostileNames.forEach((name, index) => expect(titles[index]).toContain(`(${name})`));
  });

  it('is readable in the dark colour scheme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await openPage(processUrl(acme.process));
      await graph().waitFor();
      const colours = await graph()
        .locator('[data-node="n1"]')
        .evaluate((node) => ({
          fill: getComputedStyle(node.querySelector('rect')!).fill,
          text: getComputedStyle(node.querySelector('text')!).fill,
        }));
      expect(colours).toEqual({ fill: 'rgb(30, 41, 59)', text: 'rgb(241, 245, 249)' });
      await shot('process-graph-dark');
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});
