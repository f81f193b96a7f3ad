import { describe, type ExpectStatic } from 'vitest';
import { nextQuotaReset } from '../../utils/quota-reset';
import { creatorIds } from './creator-ids';
import { OVERLAY, POPUP } from './creator-surface';
import { openOptionsPage, UI_TIMEOUT_MS } from './extension-pages';
import { expectData, expectFailure } from './fault-flow';
import type { FaultCase } from './fault-flow';
import { attemptsOf, describeView, settledView, type PanelView } from './panel-view';
import { quotaBlock, workerLogs } from './quota-block';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

// A spent daily quota blocks every creator, so this suite has a browser of its own.
const harness = useHarness('faults: daily quota', 'fault-token-quota');
const table = reliabilitySection({
  key: 'faults-quota',
  title: 'Daily quota spent (code 303)',
  source: 'test/browser/faults-quota.test.ts',
  group: 'faults',
  order: 50,
});
const ids = creatorIds(0x05);

const SPENT = { kind: 'fixture', file: 'error-303-daily-quota.json' } as const;
const QUOTA: FaultCase['seen'] = {
  kind: 'quota-exceeded',
  title: '今日调用额度已用完',
  action: '额度将于 00:00（北京时间）重置，届时再试',
  // Asking again before midnight cannot help and the button would only invite it.
  buttons: [],
};

function expectRefused(expect: ExpectStatic, view: PanelView) {
  expectFailure(expect, view, QUOTA);
  // Refused inside the extension: the technical line says nothing was sent.
  expect(attemptsOf(view)).toBe(0);
}

describe('faults: daily quota', () => {
  const [spent, second, inPopup, afterReset] = [ids.pair(), ids.pair(), ids.pair(), ids.pair()];
  table.test('code 303, daily quota spent', async ({ expect }) => {
    const h = harness();
    const { api, browser } = h;
    api.setScenario(spent.faulty, SPENT);
    const asked = api.requests.length;
    const before = Date.now();
    const page = await OVERLAY.open(h, spent.faulty);
    const view = await settledView(OVERLAY.panel(page, spent.faulty), UI_TIMEOUT_MS);
    expectFailure(expect, view, QUOTA);
    expect(api.requestsFor(spent.faulty)).toHaveLength(1);

    // Blocked until the next midnight in Beijing, not a day later or earlier.
    const options = await openOptionsPage(browser);
    const resets = [nextQuotaReset(before), nextQuotaReset(Date.now())];
    expect(resets).toContain(await quotaBlock(options).read());

    // Another creator in the overlay, and one in the popup: refused without a request.
    await OVERLAY.moveTo(page, second.healthy);
    expectRefused(expect, await settledView(OVERLAY.panel(page, second.healthy), UI_TIMEOUT_MS));
    const popup = await POPUP.open(h, inPopup.healthy);
    expectRefused(expect, await settledView(POPUP.panel(popup, inPopup.healthy), UI_TIMEOUT_MS));
    expect(api.requests.length - asked).toBe(1);

    // Midnight passes: the stored block lies in the past, and creators load again.
    await quotaBlock(options).moveTo(Date.now() - 1000);
    await OVERLAY.moveTo(page, afterReset.healthy);
    expectData(expect, await settledView(OVERLAY.panel(page, afterReset.healthy), UI_TIMEOUT_MS));
    expect(api.requestsFor(afterReset.healthy)).toHaveLength(1);
    await POPUP.moveTo(popup, second.healthy);
    expectData(expect, await settledView(POPUP.panel(popup, second.healthy), UI_TIMEOUT_MS));
    expect(api.requestsFor(second.healthy)).toHaveLength(1);
    await Promise.all([page.close(), popup.close(), options.close()]);

    return {
      seen: describeView(view),
      requests: '1; then 0 for another creator (overlay) and 0 in the popup, both told the same',
      afterwards: 'after 00:00 Beijing time (block moved into the past) → `data`, 1 request each',
      dataLost: 'none',
    };
  });

  const [kept, spentAgain] = [ids.pair(), ids.pair()];
  table.test('code 303, then 刷新 on a creator whose answer is kept', async ({ expect }) => {
    const h = harness();
    const options = await openOptionsPage(h.browser);
    // Independent of the test before: no block to start with.
    await quotaBlock(options).moveTo(0);
    // A creator looked at earlier today: its answer is kept, and shown without a request.
    const page = await OVERLAY.open(h, kept.healthy);
    const panel = OVERLAY.panel(page, kept.healthy);
    expectData(expect, await settledView(panel, UI_TIMEOUT_MS));
    h.api.setScenario(spentAgain.faulty, SPENT);
    await OVERLAY.moveTo(page, spentAgain.faulty);
    expectFailure(
      expect,
      await settledView(OVERLAY.panel(page, spentAgain.faulty), UI_TIMEOUT_MS),
      QUOTA,
    );
    await OVERLAY.moveTo(page, kept.healthy);
    expectData(expect, await settledView(panel, UI_TIMEOUT_MS));
    expect(await panel.locator('[data-role="fetched"]').textContent()).toContain('已缓存');
    const asked = h.api.requests.length;

    // Refreshing cannot be sent before midnight; the paid answer on screen must stay there.
    const answered = workerLogs(h.browser.context, `quota-blocked creator=${kept.healthy}`);
    await panel.locator('[data-action="refresh"]').click();
    await answered;
    const refreshed = await settledView(panel, UI_TIMEOUT_MS);
    expect(h.api.requests.length).toBe(asked);
    expectData(expect, refreshed);
    expect(refreshed.dimensions).toHaveLength(6);

    await quotaBlock(options).moveTo(Date.now() - 1000);
    await Promise.all([page.close(), options.close()]);
    return {
      seen: `[刷新] → ${describeView(refreshed)}`,
      requests: '0 for the refresh',
      afterwards: 'the kept answer stays on screen',
      dataLost: 'none',
    };
  });
});
