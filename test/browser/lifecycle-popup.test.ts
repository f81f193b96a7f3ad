import { describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import { openPopupPage, UI_TIMEOUT_MS } from './extension-pages';
import { creatorPanel, describeView, readView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';
import { waitForRequests } from './worker-control';

/**
 * A popup closes as soon as it loses focus, so a user often closes it before a slow answer
 * arrives. The request belongs to the worker, not the popup: the paid answer must be kept.
 * (Playwright's debugger keeps the worker alive here; lifecycle-slow-answer covers idleness.)
 */
const harness = useHarness('lifecycle: popup closed', 'lifecycle-popup-token');
const table = reliabilitySection({
  key: 'lifecycle-popup',
  title: 'Lifecycle: the popup closes mid-request',
  source: 'test/browser/lifecycle-popup.test.ts',
  group: 'other',
  order: 11,
});

describe('the popup closes while its request runs', () => {
  const popupClosed = table.row('popup closed mid-request (10 s answer)');
  it('keeps the answer: reopening shows it from the cache with no new request', async () => {
    const creatorId = '6b0c1d2e000000000f00a004';
    const answerMs = 10_000;
    const { api, browser } = harness();
    api.setScenario(creatorId, {
      kind: 'fixture',
      file: 'fans-profile-fractions.json',
      delayMs: answerMs,
    });
    const ask = async () => {
      const page = await openPopupPage(browser);
      const input = page.locator('form input[name="kolId"]');
      await input.fill(creatorId);
      await input.press('Enter');
      return page;
    };

    const popup = await ask();
    await waitForRequests(api, creatorId, 1);
    await popup.close();
    const answeredAt = api.requestsFor(creatorId)[0]!.time + answerMs;
    await new Promise((resolve) => setTimeout(resolve, answeredAt + 1000 - Date.now()));

    const reopenedAt = Date.now();
    const reopened = await ask();
    const panel = creatorPanel(reopened, creatorId, 'popup');
    await panel.and(reopened.locator('[data-state="data"]')).waitFor({ timeout: UI_TIMEOUT_MS });
    const shownAfterMs = Date.now() - reopenedAt;
    const fetched = await panel.locator('[data-role="fetched"]').textContent();
    expect(fetched).toContain(t('zh', 'cached'));
    expect(api.requestsFor(creatorId)).toHaveLength(1);
    expect(api.requestsFor(creatorId)[0]!.closedEarly).toBe(false);
    expect(shownAfterMs).toBeLessThan(answerMs / 2);
    console.log(`[lifecycle] popup reopened: cached data shown after ${shownAfterMs} ms`);
    popupClosed.record({
      seen: `${describeView(await readView(panel))}, marked ${t('zh', 'cached')}, on reopening`,
      requests: '1: the one the closed popup started',
      afterwards: 'the worker received and cached the answer with nobody waiting',
      dataLost: 'none',
    });
    await reopened.close();
  });
});
