import { describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import type { Scenario } from './api-scenarios';
import { UI_TIMEOUT_MS } from './extension-pages';
import { expectOverlayData, openCreatorPage } from './marketplace-actions';
import { creatorPanel, describeView, readView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';
import { stopServiceWorkers, waitForEarlyClose, waitForRequests } from './worker-control';
import { watchServiceWorker } from './worker-control';

const harness = useHarness('lifecycle: worker stops', 'lifecycle-worker-token');
const table = reliabilitySection({
  key: 'lifecycle-worker',
  title: 'Lifecycle: the background worker stops',
  source: 'test/browser/lifecycle-worker.test.ts',
  group: 'other',
  order: 10,
});

const FRACTIONS = 'fans-profile-fractions.json';
const slow = (delayMs: number): Scenario => ({ kind: 'fixture', file: FRACTIONS, delayMs });
const FAST: Scenario = { kind: 'fixture', file: FRACTIONS };
/** Long enough that the worker is always stopped while the answer is still on its way. */
const SLOW_MS = 8000;

describe('the worker is stopped while the overlay waits', () => {
  const once = table.row('worker stopped once mid-request (overlay)');
  it('asks once more on its own and shows the data', async () => {
    const creatorId = '6b0c1d2e000000000f00a001';
    const { api, browser } = harness();
    api.setScenario(creatorId, { kind: 'sequence', steps: [slow(SLOW_MS), FAST] });
    const page = await browser.context.newPage();
    await openCreatorPage(harness(), page, creatorId);
    await waitForRequests(api, creatorId, 1);
    const panel = creatorPanel(page, creatorId, 'overlay');
    expect(await panel.getAttribute('data-state')).toBe('loading');

    const stoppedAt = Date.now();
    await stopServiceWorkers(browser.context, page);
    await expectOverlayData(page, creatorId);
    const shownAfterMs = Date.now() - stoppedAt;
    await waitForEarlyClose(api, creatorId, 0);

    const requests = api.requestsFor(creatorId);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.closedEarly).toBe(false);
    // Recovered from the fresh worker, not by waiting out the lost slow answer.
    expect(shownAfterMs).toBeLessThan(SLOW_MS);
    console.log(`[lifecycle] worker stopped once: data ${shownAfterMs} ms after the stop`);
    once.record({
      seen: `${describeView(await readView(panel))} (spinner until then, no error shown)`,
      requests: '2: the first was cut off with the worker, the panel asked once more by itself',
      afterwards: 'the fresh worker answers; later views come from the cache',
      dataLost: 'the first request (possibly billed)',
    });
    await page.close();
  });

  const twice = table.row('worker stopped twice mid-request (overlay)');
  it('shows the lost connection with retry after a second loss; retry gets the data', async () => {
    const creatorId = '6b0c1d2e000000000f00a002';
    const { api, browser } = harness();
    api.setScenario(creatorId, { kind: 'sequence', steps: [slow(SLOW_MS), slow(SLOW_MS), FAST] });
    const page = await browser.context.newPage();
    await openCreatorPage(harness(), page, creatorId);
    await waitForRequests(api, creatorId, 1);
    await stopServiceWorkers(browser.context, page);
    await waitForRequests(api, creatorId, 2);
    await stopServiceWorkers(browser.context, page);

    const panel = creatorPanel(page, creatorId, 'overlay');
    const error = panel.locator('[data-error-kind="disconnected"]');
    await error.waitFor({ timeout: UI_TIMEOUT_MS });
    const view = await readView(panel);
    expect(view.state).toBe('error');
    expect(view.title).toBe('与扩展后台的连接已断开');
    expect(view.buttons.map((button) => button.action)).toContain('retry');
    expect(api.requestsFor(creatorId)).toHaveLength(2);

    await panel.locator('[data-action="retry"]').click();
    await expectOverlayData(page, creatorId);
    const requests = api.requestsFor(creatorId);
    expect(requests).toHaveLength(3);
    expect(requests.slice(0, 2).map((request) => request.closedEarly)).toEqual([true, true]);
    twice.record({
      seen: describeView(view),
      requests: '3: two cut off with the worker, one after the retry button',
      afterwards: '[重试] shows the data',
      dataLost: 'the two cut-off requests (possibly billed)',
    });
    await page.close();
  });

  const cached = table.row('worker stopped after an answer was cached');
  it('serves a creator loaded before the stop from the cache afterwards', async () => {
    const creatorId = '6b0c1d2e000000000f00a003';
    const { api, browser } = harness();
    api.setScenario(creatorId, FAST);
    const first = await browser.context.newPage();
    await openCreatorPage(harness(), first, creatorId);
    await expectOverlayData(first, creatorId);

    const watch = await watchServiceWorker(browser.context, first);
    await watch.stopAll();

    const again = await browser.context.newPage();
    await openCreatorPage(harness(), again, creatorId);
    await expectOverlayData(again, creatorId);
    // The answer came from a worker started after the stop, which had only storage to go on.
    expect(watch.history.slice(-3)).toEqual(['stopped', 'starting', 'running']);
    await watch.detach();
    const panel = creatorPanel(again, creatorId, 'overlay');
    const fetched = await panel.locator('[data-role="fetched"]').textContent();
    expect(fetched).toContain(t('zh', 'cached'));
    expect(api.requestsFor(creatorId)).toHaveLength(1);
    cached.record({
      seen: `${describeView(await readView(panel))}, marked ${t('zh', 'cached')}`,
      requests: '1 in all: none after the stop',
      afterwards: 'the restarted worker reads the answer from extension storage',
      dataLost: 'none',
    });
    await Promise.all([first.close(), again.close()]);
  });
});
