import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openOptionsPage, UI_TIMEOUT_MS } from './extension-pages';
import { expectOverlayData, openCreatorPage } from './marketplace-actions';
import { MARKETPLACE_CREATORS } from './marketplace-page';
import { overlayPanel } from './overlay-probe';
import { describeView, readView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { clickFromPageScript } from './hostile-page-script';
import { useHarness } from './use-harness';

const TOKEN = 'FLcanary-clicks-5e1';
const { first, second } = MARKETPLACE_CREATORS;
const poll = { timeout: UI_TIMEOUT_MS };
const harness = useHarness('hostile clicks suite', TOKEN);
const table = reliabilitySection({
  key: 'hostile-clicks',
  title: 'Hostile page: scripts press the panel’s buttons',
  source: 'test/browser/hostile-clicks.test.ts',
  group: 'other',
  order: 21,
});

/** Long enough for a forged click to have reached the API had it been obeyed. */
const SETTLE_MS = 1_000;
const SCRIPTED = '.click(), made-up mouse, pointer and key events';

/** Presses the button as the user does, then counts what the script's clicks and it cost. */
async function scriptThenUser(page: Page, action: string, creatorId: string) {
  const before = harness().api.requestsFor(creatorId).length;
  expect(await clickFromPageScript(page, action)).toBe('clicked');
  await page.waitForTimeout(SETTLE_MS);
  const scripted = harness().api.requestsFor(creatorId).length - before;
  expect(scripted).toBe(0);

  // The overlay, not only its panel: the folded tab's button is outside the panel.
  await page.locator(`fanlens-overlay [data-action="${action}"]`).click();
  await expect.poll(() => harness().api.requestsFor(creatorId).length, poll).toBe(before + 1);
  return `0 from the script; 1 after a real click`;
}

describe('panel actions pressed by a marketplace script', () => {
  const refresh = table.row(`script presses [刷新] (${SCRIPTED})`);
  it('refresh: a script spends nothing, a real click asks the API once', async () => {
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, first);
    await expectOverlayData(page, first);

    const requests = await scriptThenUser(page, 'refresh', first);
    await expectOverlayData(page, first);
    expect(harness().api.requests.map((request) => request.creatorId)).toEqual([first, first]);
    const seen = describeView(await readView(overlayPanel(page)));
    refresh.record({ seen, requests, afterwards: 'the real click refreshes', dataLost: 'none' });
    await page.close();
  });

  const retry = table.row(`script presses [重试] after code 101 (${SCRIPTED})`);
  it('retry: a script spends nothing, a real click asks again', async () => {
    const failing = '64b8e0f1000000001e03a7c2';
    const unknownCode = { code: 101, data: null, message: 'unlisted', recordTime: null };
    const success = { kind: 'fixture', file: 'fans-profile-fractions.json' } as const;
    harness().api.setScenario(failing, {
      kind: 'sequence',
      steps: [{ kind: 'reply', body: unknownCode }, success],
    });
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, failing);
    await overlayPanel(page).locator('[data-error-kind="unknown-code"]').waitFor(poll);
    const seen = describeView(await readView(overlayPanel(page)));

    const requests = await scriptThenUser(page, 'retry', failing);
    await expectOverlayData(page, failing);
    retry.record({ seen, requests, afterwards: 'the real click shows data', dataLost: 'none' });
    await page.close();
  });

  const stretched = table.row(
    'script stretches an invisible [刷新] over the page; the user clicks the page 5 times',
  );
  it('a refresh button restyled to cover the page ignores the clicks that land on it', async () => {
    const creatorId = '64b8e0f1000000001e03a7d9';
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, creatorId);
    await expectOverlayData(page, creatorId);
    await page.evaluate(() => {
      const root = document.querySelector('fanlens-overlay')!.shadowRoot!;
      const style = document.createElement('style');
      style.textContent =
        'button[data-action]{position:fixed;inset:0;width:100vw;height:100vh;opacity:0;' +
        'z-index:2147483647}';
      root.append(style);
    });

    for (let click = 0; click < 5; click++) await page.mouse.click(200, 400 + click * 10);
    await page.waitForTimeout(SETTLE_MS);
    expect(harness().api.requestsFor(creatorId)).toHaveLength(1);
    stretched.record({
      seen: describeView(await readView(overlayPanel(page))),
      requests: '1 (the first view); 0 from the 5 clicks',
      afterwards: 'a button blown up past the panel or made transparent does not act',
      dataLost: 'none',
    });
    await page.close();
  });

  const tamper = table.row('script rewrites the creator id in the shadow root, user refreshes');
  it('tampered ids and text in the shadow root change nothing that is asked', async () => {
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, first);
    await expectOverlayData(page, first);
    await page.evaluate((other) => {
      const root = document.querySelector('fanlens-overlay')!.shadowRoot!;
      const panel = root.querySelector<HTMLElement>('.fanlens-panel')!;
      panel.dataset.creatorId = other;
      panel.querySelector('.fanlens-creator code')!.textContent = other;
      const button = root.querySelector<HTMLElement>('[data-action="refresh"]')!;
      button.dataset.creatorId = other;
      button.setAttribute('formaction', `?userId=${other}&fresh=true`);
    }, second);
    const before = harness().api.requestsFor(first).length;

    await overlayPanel(page).locator('[data-action="refresh"]').click();
    await expect.poll(() => harness().api.requestsFor(first).length, poll).toBe(before + 1);
    await overlayPanel(page).and(page.locator('[data-state="data"]')).waitFor(poll);
    expect(harness().api.requestsFor(second)).toHaveLength(0);
    tamper.record({
      seen: '`data` of the real creator (the rewritten id text stays as the page wrote it)',
      requests: '1, for the real creator; 0 for the written-in id',
      afterwards: 'unchanged',
      dataLost: 'none',
    });
    await page.close();
  });

  const load = table.row(`click-to-load mode: script presses [加载粉丝画像] (${SCRIPTED})`);
  it('load in click-to-load mode: a script spends nothing, a real click loads', async () => {
    const options = await openOptionsPage(harness().browser);
    await options.locator('select[name="overlayLoad"]').selectOption('click');
    await options.locator('form[data-form="settings"] [role="status"]').waitFor(poll);
    await options.close();
    const waiting = '64b8e0f1000000001e03a7c3';
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, waiting);
    await overlayPanel(page).locator('[data-action="load"]').waitFor(poll);

    const requests = await scriptThenUser(page, 'load', waiting);
    await expectOverlayData(page, waiting);
    load.record({ seen: '`idle`', requests, afterwards: 'the real click loads', dataLost: 'none' });
    await page.close();
  });
  const expand = table.row(`folded panel: script presses the tab to unfold it (${SCRIPTED})`);
  it('expand: a script unfolds nothing and spends nothing, a real click loads', async () => {
    const options = await openOptionsPage(harness().browser);
    await options.locator('select[name="overlayLoad"]').selectOption('auto');
    await options.locator('form[data-form="settings"] [role="status"]').waitFor(poll);
    await options.close();
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, first);
    await page.locator('fanlens-overlay [data-action="collapse"]').click();
    const folded = '64b8e0f1000000001e03a7c4';
    await openCreatorPage(harness(), page, folded);
    await page.locator('fanlens-overlay [data-action="expand"]').waitFor(poll);

    const requests = await scriptThenUser(page, 'expand', folded);
    await expectOverlayData(page, folded);
    expand.record({ seen: 'the folded tab', requests, afterwards: 'unfolds', dataLost: 'none' });
    await page.close();
  });
});
