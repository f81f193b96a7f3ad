import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../utils/i18n';
import { openOptionsPage, openPopupPage, saveTokenInOptions } from './extension-pages';
import { TOKEN_FORM, UI_TIMEOUT_MS } from './extension-pages';
import { answerWithFemaleShare, expectOverlayData, moveInApp } from './marketplace-actions';
import { openCreatorPage, overlayGenderShares } from './marketplace-actions';
import { CREATOR_PATH, KOL_LIST_PATH, MARKETPLACE_CREATORS } from './marketplace-page';
import { overlayPanel, paintedPixels, readShares } from './overlay-probe';
import { SCREENSHOT_DIR } from './paths';
import { useHarness } from './use-harness';

// `+`, `/` and `=` must survive URL encoding on their way to the API.
const TOKEN = 'jo-Test_Token+/=9';
const { first, second, third } = MARKETPLACE_CREATORS;
const poll = { timeout: UI_TIMEOUT_MS };
const harness = useHarness('product suite', TOKEN);

describe('options page', () => {
  it('saves the token on Enter, confirms it and still has it after a reload', async () => {
    const page = await openOptionsPage(harness().browser);
    await saveTokenInOptions(page, TOKEN);
    const status = page.locator(`${TOKEN_FORM} [role="status"]`);
    expect((await status.textContent())?.trim()).toBe(t('zh', 'tokenSaved'));

    await page.reload();
    const input = page.locator(`${TOKEN_FORM} input[name="token"]`);
    await expect.poll(() => input.inputValue(), poll).toBe(TOKEN);
    await page.close();
  });
});

describe('overlay on the marketplace', () => {
  it('shows the gender share and a drawn chart on a creator page', async () => {
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, first);
    await expectOverlayData(page, first);

    const host = page.locator('fanlens-overlay');
    expect(await host.evaluate((element) => element.shadowRoot !== null)).toBe(true);
    expect(await overlayGenderShares(page)).toContainEqual({ name: '女', share: '87.7%' });
    const dataDate = overlayPanel(page).locator('[data-role="data-date"]');
    expect(await dataDate.textContent()).toMatch(/2026\D+11\D+30/);

    const canvas = overlayPanel(page).locator('section[data-dimension="gender"] canvas');
    await expect.poll(() => paintedPixels(canvas), poll).toBeGreaterThan(500);

    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'overlay.png') });
    await page.close();
  });

  it('follows in-app moves between creators and leaves with the creator pages', async () => {
    harness().api.setScenario(second, { kind: 'reply', body: answerWithFemaleShare(0.304) });
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, first);
    await expectOverlayData(page, first);
    const loadsBefore = harness().marketplace.documentLoads.length;

    await page.click(`a[data-creator-id="${second}"]`);
    await expectOverlayData(page, second);
    expect(await overlayGenderShares(page)).toContainEqual({ name: '女', share: '30.4%' });

    await page.click(`button[data-creator-id="${third}"]`);
    await expectOverlayData(page, third);

    await page.click(`a[href="${KOL_LIST_PATH}"]`);
    await expect.poll(() => overlayPanel(page).count(), poll).toBe(0);

    await page.goBack();
    await expectOverlayData(page, third);
    expect(harness().marketplace.documentLoads.length).toBe(loadsBefore);
    await page.close();
  });

  it('asks the API once per creator, with the token saved in the options', async () => {
    const [one, two] = ['65f0c1d2000000000d00a1b1', '65f0c1d2000000000d00a1b2'];
    const { api, browser } = harness();
    const page = await browser.context.newPage();
    await openCreatorPage(harness(), page, one);
    await expectOverlayData(page, one);
    await moveInApp(page, `${CREATOR_PATH}${two}`);
    await expectOverlayData(page, two);
    await moveInApp(page, `${CREATOR_PATH}${one}`);
    await expectOverlayData(page, one);

    const asked = [...api.requestsFor(one), ...api.requestsFor(two)];
    expect(asked.map((request) => request.creatorId)).toEqual([one, two]);
    for (const request of asked) {
      expect(request.token).toBe(TOKEN);
      expect(request.endpoint).toBe('fansProfile');
      expect(request.params.userId).toBe(request.creatorId);
    }
    await page.close();
  });

  it('explains an invalid token and offers the way to the options', async () => {
    const rejected = '5c3b9e4f000000001002d3c4';
    const { api, browser } = harness();
    api.setScenario(rejected, { kind: 'fixture', file: 'error-100-invalid-token.json' });
    const page = await browser.context.newPage();
    await openCreatorPage(harness(), page, rejected);

    const error = overlayPanel(page).locator('[data-error-kind="token-invalid"]');
    await error.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await overlayPanel(page).getAttribute('data-state')).toBe('error');
    // Code 100 cannot heal by itself: asking again would only cost the user.
    expect(api.requestsFor(rejected)).toHaveLength(1);

    const optionsOpened = browser.context.waitForEvent('page', {
      predicate: (opened) => opened.url().endsWith('/options.html'),
      timeout: UI_TIMEOUT_MS,
    });
    await overlayPanel(page).locator('[data-action="open-options"]').click();
    await (await optionsOpened).close();
    await page.close();
  });
});

describe('popup', () => {
  it('looks a creator up by Xiaohongshu profile URL', async () => {
    const creatorId = '5e8d7c6b000000000100f00d';
    const page = await openPopupPage(harness().browser);
    const input = page.locator('form input[name="kolId"]');
    const profile = `https://www.xiaohongshu.com/user/profile/${creatorId}`;
    await input.fill(`${profile}?xsec_token=abc&xsec_source=pc_search`);
    await input.press('Enter');

    const panel = page.locator(`.fanlens-panel[data-creator-id="${creatorId}"][data-state="data"]`);
    await panel.waitFor({ timeout: UI_TIMEOUT_MS });
    const shares = await readShares(panel.locator('section[data-dimension="gender"]'));
    expect(shares).toContainEqual({ name: '女', share: '87.7%' });
    expect(
      harness()
        .api.requestsFor(creatorId)
        .map((request) => request.token),
    ).toEqual([TOKEN]);

    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup.png'), fullPage: true });
    await page.close();
  });

  it('opens on the creator shown in the active tab', async () => {
    const creatorId = '5d21ab6b000000001201567d';
    const { browser } = harness();
    const creatorTab = await browser.context.newPage();
    await openCreatorPage(harness(), creatorTab, creatorId);
    await expectOverlayData(creatorTab, creatorId);

    // A real popup opens over the active tab; here its page loads in a background tab while
    // the creator's tab stays active.
    const popup = await browser.context.newPage();
    await creatorTab.bringToFront();
    await popup.goto(browser.extensionUrl('popup.html'));

    const panel = popup.locator(
      `.fanlens-panel[data-creator-id="${creatorId}"][data-state="data"]`,
    );
    await panel.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await popup.locator('form input[name="kolId"]').inputValue()).toBe(creatorId);
    // Answered from the overlay's cached answer: opening the popup cost nothing.
    expect(harness().api.requestsFor(creatorId)).toHaveLength(1);

    await Promise.all([popup.close(), creatorTab.close()]);
  });
});
