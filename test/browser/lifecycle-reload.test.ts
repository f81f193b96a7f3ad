import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Scenario } from './api-scenarios';
import { UI_TIMEOUT_MS } from './extension-pages';
import { reloadExtension, turnOnDeveloperMode } from './extension-reload';
import { expectOverlayData, moveInApp, openCreatorPage } from './marketplace-actions';
import { CREATOR_PATH, KOL_LIST_PATH, MARKETPLACE_CREATORS } from './marketplace-page';
import { overlayPanel } from './overlay-probe';
import { collectPageErrors } from './page-errors';
import { describeView, readView, creatorPanel } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';
import { waitForEarlyClose, waitForRequests } from './worker-control';

const harness = useHarness('lifecycle: extension reloaded', 'lifecycle-reload-token');
const table = reliabilitySection({
  key: 'lifecycle-reload',
  title: 'Lifecycle: the extension is reloaded or updated under an open tab',
  source: 'test/browser/lifecycle-reload.test.ts',
  group: 'other',
  order: 12,
});

const FRACTIONS = 'fans-profile-fractions.json';
const poll = { timeout: UI_TIMEOUT_MS };

/** Moves the old tab around the single-page app: by script, by a real click, by Back. */
async function wanderInApp(page: Page, creatorId: string): Promise<void> {
  await moveInApp(page, `${CREATOR_PATH}${creatorId}`);
  await page.click(`a[href="${KOL_LIST_PATH}"]`);
  await page.click(`a[data-creator-id="${MARKETPLACE_CREATORS.second}"]`);
  await page.goBack();
  // Longer than the dwell and the invalidation check, so a late request would have started.
  await page.waitForTimeout(1500);
}

describe('the extension is reloaded under an open creator page', () => {
  const showing = table.row('extension reloaded while the panel shows data');
  it('removes the panel quietly and the old tab no longer follows the URL', async () => {
    const creatorId = '6c1d2e3f000000000a00b001';
    const elsewhere = '6c1d2e3f000000000a00b002';
    const h = harness();
    await turnOnDeveloperMode(h);
    const page = await h.browser.context.newPage();
    await openCreatorPage(h, page, creatorId);
    await expectOverlayData(page, creatorId);
    const errors = await collectPageErrors(h.browser.context, page);

    const reloadedAt = await reloadExtension(h);
    // No input, no navigation: the panel must notice on its own (it checks every second).
    await expect.poll(() => page.locator('fanlens-overlay').count(), poll).toBe(0);
    const goneAfterMs = Date.now() - reloadedAt;
    console.log(`[lifecycle] extension reloaded: panel removed after ${goneAfterMs} ms`);

    const requestsBefore = h.api.requests.length;
    await wanderInApp(page, elsewhere);
    expect(await page.locator('fanlens-overlay').count()).toBe(0);
    expect(h.api.requests.length).toBe(requestsBefore);
    expect(errors.lines).toEqual([]);
    await errors.detach();

    // The reloaded extension works in a new tab, and the kept answer survived the reload.
    const fresh = await h.browser.context.newPage();
    await openCreatorPage(h, fresh, creatorId);
    await expectOverlayData(fresh, creatorId);
    expect(h.api.requestsFor(creatorId)).toHaveLength(1);
    showing.record({
      seen: 'the panel disappeared by itself (checked every second), with no error in the page',
      requests: '0 from the old tab after the reload, also while moving around in it',
      afterwards: 'a new tab shows the panel again, from the kept answer',
      dataLost: 'none',
    });
    await Promise.all([page.close(), fresh.close()]);
  });

  const loading = table.row('extension reloaded while the panel waits for an answer');
  it('removes a waiting panel quietly too; a new tab asks again and shows the data', async () => {
    const creatorId = '6c1d2e3f000000000a00b003';
    const h = harness();
    await turnOnDeveloperMode(h);
    const slow: Scenario = { kind: 'fixture', file: FRACTIONS, delayMs: 8000 };
    h.api.setScenario(creatorId, {
      kind: 'sequence',
      steps: [slow, { kind: 'fixture', file: FRACTIONS }],
    });
    const page = await h.browser.context.newPage();
    const errors = await collectPageErrors(h.browser.context, page);
    await openCreatorPage(h, page, creatorId);
    await waitForRequests(h.api, creatorId, 1);
    expect(await overlayPanel(page).getAttribute('data-state')).toBe('loading');

    await reloadExtension(h);
    await expect.poll(() => page.locator('fanlens-overlay').count(), poll).toBe(0);
    // The request died with the old worker; the old tab must not try again on its own.
    await waitForEarlyClose(h.api, creatorId, 0);
    await wanderInApp(page, MARKETPLACE_CREATORS.third);
    expect(h.api.requestsFor(creatorId)).toHaveLength(1);
    expect(errors.lines).toEqual([]);
    await errors.detach();

    const fresh = await h.browser.context.newPage();
    await openCreatorPage(h, fresh, creatorId);
    await expectOverlayData(fresh, creatorId);
    expect(h.api.requestsFor(creatorId)).toHaveLength(2);
    const view = await readView(creatorPanel(fresh, creatorId, 'overlay'));
    loading.record({
      seen: `the spinner went with the panel, no page error; a new tab: ${describeView(view)}`,
      requests: '2: the first was cut off by the reload, the new tab asked again',
      afterwards: 'the old tab stays without a panel until it is reloaded',
      dataLost: 'the cut-off request (possibly billed)',
    });
    await Promise.all([page.close(), fresh.close()]);
  });
});
