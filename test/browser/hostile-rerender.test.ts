import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MAX_REATTACHMENTS } from '../../components/overlay/keep-attached';
import { UI_TIMEOUT_MS } from './extension-pages';
import { expectOverlayData, openCreatorPage } from './marketplace-actions';
import { MARKETPLACE_CREATORS } from './marketplace-page';
import { collectPageErrors } from './page-errors';
import { overlayPanel } from './overlay-probe';
import { describeView, readView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

const { first, second, third } = MARKETPLACE_CREATORS;
const harness = useHarness('hostile re-render suite', 'FLcanary-rerender-7c2');
const table = reliabilitySection({
  key: 'hostile-rerender',
  title: 'Hostile page: the marketplace re-renders `<body>` or forges location events',
  source: 'test/browser/hostile-rerender.test.ts',
  group: 'other',
  order: 26,
});

/** Opens a creator page, waits for the data and the 2 s the brief's page waits, then acts. */
async function openThenRender(creatorId: string, script: string) {
  const h = harness();
  const page = await h.browser.context.newPage();
  await openCreatorPage(h, page, creatorId);
  await expectOverlayData(page, creatorId);
  await page.waitForTimeout(2000);
  const before = h.api.requestsFor(creatorId).length;
  const startedAt = Date.now();
  await page.evaluate(script);
  return { page, before, startedAt };
}

/** How long until the panel shows this creator's data again. */
async function backAfterMs(page: Page, creatorId: string, startedAt: number) {
  await expectOverlayData(page, creatorId);
  return Date.now() - startedAt;
}

describe('the marketplace replacing the page under the panel', () => {
  const innerHtml = table.row('`document.body.innerHTML = …` 2 s after the data showed');
  it('puts the panel back with its data and asks the API nothing more', async () => {
    const script = `document.body.innerHTML = '<main>re-rendered</main>'`;
    const { page, before, startedAt } = await openThenRender(first, script);
    const backMs = await backAfterMs(page, first, startedAt);
    expect(await page.locator('main').textContent()).toBe('re-rendered');
    await page.waitForTimeout(1000);
    expect(harness().api.requestsFor(first)).toHaveLength(before);
    expect(before).toBe(1);
    console.log(`[hostile] panel back ${backMs} ms after body.innerHTML`);
    innerHtml.record({
      seen: describeView(await readView(overlayPanel(page))),
      requests: '0 more',
      afterwards: `the panel is back within ${backMs < 500 ? 'half a second' : `${backMs} ms`}`,
      dataLost: 'none',
    });
    await page.close();
  });

  const newBody = table.row('the page swaps in a new `<body>` element');
  it('puts the panel into the new body', async () => {
    const script = `document.documentElement.replaceChild(
      document.createElement('body'), document.body)`;
    const { page, before, startedAt } = await openThenRender(second, script);
    await backAfterMs(page, second, startedAt);
    const inBody = await page.evaluate(
      () => document.querySelector('fanlens-overlay')?.parentElement === document.body,
    );
    expect(inBody).toBe(true);
    expect(await page.evaluate(() => document.body.children.length)).toBe(1);
    expect(harness().api.requestsFor(second)).toHaveLength(before);
    newBody.record({
      seen: describeView(await readView(overlayPanel(page))),
      requests: '0 more',
      afterwards: 'the panel is back inside the new body',
      dataLost: 'none',
    });
    await page.close();
  });

  const keepsRemoving = table.row('a script removes the panel every time it comes back');
  it(`gives up after ${MAX_REATTACHMENTS} re-attachments instead of looping`, async () => {
    const script = `window.removals = 0;
      new MutationObserver(() => {
        const host = document.querySelector('fanlens-overlay');
        if (host) { window.removals += 1; host.remove(); }
      }).observe(document.body, { childList: true });
      document.querySelector('fanlens-overlay').remove();
      window.removals += 1;`;
    const { page, before } = await openThenRender(third, script);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { removals: number }).removals), {
        timeout: UI_TIMEOUT_MS,
      })
      .toBe(MAX_REATTACHMENTS + 1);
    await page.waitForTimeout(1000);
    const removals = await page.evaluate(
      () => (window as unknown as { removals: number }).removals,
    );
    expect(removals).toBe(MAX_REATTACHMENTS + 1);
    expect(await page.locator('fanlens-overlay').count()).toBe(0);
    expect(harness().api.requestsFor(third)).toHaveLength(before);
    keepsRemoving.record({
      seen: 'no panel on this page',
      requests: '0 more',
      afterwards: `put back ${MAX_REATTACHMENTS} times, then left out until the next creator`,
      dataLost: 'none',
    });
    await page.close();
  });
});

describe('a location event forged by the page', () => {
  const forged = table.row("the page dispatches WXT's location event without a URL");
  it('is ignored: nothing thrown into the page, the panel stays', async () => {
    const h = harness();
    const page = await h.browser.context.newPage();
    const errors = await collectPageErrors(h.browser.context, page);
    await openCreatorPage(h, page, first);
    await expectOverlayData(page, first);
    const before = h.api.requests.length;
    const name = `${h.browser.extensionId}:pgy:wxt:locationchange`;
    await page.evaluate((type) => {
      window.dispatchEvent(new Event(type));
      window.dispatchEvent(Object.assign(new Event(type), { newUrl: { href: 5 } }));
    }, name);
    await page.waitForTimeout(1000);
    expect(errors.lines).toEqual([]);
    await expectOverlayData(page, first);
    expect(h.api.requests.length).toBe(before);
    forged.record({
      seen: describeView(await readView(overlayPanel(page))),
      requests: '0 more',
      afterwards: 'no error in the page; the panel is unchanged',
      dataLost: 'none',
    });
    await errors.detach();
    await page.close();
  });
});
