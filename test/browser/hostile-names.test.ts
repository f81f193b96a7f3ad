import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFixture } from './api-scenarios';
import { openPopupPage, UI_TIMEOUT_MS } from './extension-pages';
import { expectOverlayData, openCreatorPage } from './marketplace-actions';
import { overlayPanel, readShares } from './overlay-probe';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

const TOKEN = 'FLcanary-names-2a6';
const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';
const poll = { timeout: UI_TIMEOUT_MS };
const harness = useHarness('hostile names suite', TOKEN);
const table = reliabilitySection({
  key: 'hostile-names',
  title: 'Hostile answers: markup in names',
  source: 'test/browser/hostile-names.test.ts',
  group: 'other',
  order: 23,
});
const FAULT = 'city, province, interest and device names `<img onerror>` and `<script>`';

interface Fractions {
  data: Record<string, { name?: string; desc?: string; percent: number }[]>;
}

/** The fractions fixture with markup for names: cities, provinces, interests and devices. */
function answerWithMarkupNames(): Fractions {
  const answer = structuredClone(readFixture('fans-profile-fractions.json')) as Fractions;
  const { cities, provinces, interests, devices } = answer.data;
  [cities![0]!.name, cities![1]!.name] = [IMG, SCRIPT];
  [interests![0]!.name, interests![1]!.name] = [SCRIPT, IMG];
  provinces![0]!.name = IMG;
  // Chinese readers see a device's `desc`, others its `name`: both carry markup.
  Object.assign(devices![0]!, { name: IMG, desc: SCRIPT });
  Object.assign(devices![1]!, { name: SCRIPT, desc: IMG });
  return answer;
}

async function namesIn(panel: Locator, dimension: string): Promise<string[]> {
  const rows = await readShares(panel.locator(`section[data-dimension="${dimension}"]`));
  return rows.map((row) => row.name);
}

async function expectLiteralNames(panel: Locator): Promise<void> {
  expect((await namesIn(panel, 'cities')).slice(0, 2)).toEqual([IMG, SCRIPT]);
  expect((await namesIn(panel, 'interests')).slice(0, 2)).toEqual([SCRIPT, IMG]);
  expect(await namesIn(panel, 'provinces')).toContain(IMG);
  expect((await namesIn(panel, 'devices')).slice(0, 2)).toEqual([SCRIPT, IMG]);
  expect(await panel.locator('img, script').count()).toBe(0);
}

function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('names from the API', () => {
  const overlay = table.row(`${FAULT} (overlay)`);
  it('show as text in the overlay and run nothing in the page', async () => {
    const creatorId = '70516273000000000e00f4a1';
    harness().api.setScenario(creatorId, { kind: 'reply', body: answerWithMarkupNames() });
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, creatorId);
    await expectOverlayData(page, creatorId);

    await expectLiteralNames(overlayPanel(page));
    const elements = await page.evaluate(() => {
      const root = document.querySelector('fanlens-overlay')!.shadowRoot!;
      return root.querySelectorAll('img, script').length;
    });
    expect(elements).toBe(0);
    expect(await pwned(page)).toBeUndefined();

    // The control: the same markup parsed as HTML in the shadow root does run in this page.
    await page.evaluate((markup) => {
      const root = document.querySelector('fanlens-overlay')!.shadowRoot!;
      root.querySelector('.fanlens-panel')!.insertAdjacentHTML('beforeend', markup);
    }, IMG);
    await expect.poll(() => pwned(page), poll).toBe(1);
    overlay.record({
      seen: '`data`: the markup shown literally as names; no img or script element',
      requests: String(harness().api.requestsFor(creatorId).length),
      afterwards: '`window.__pwned` stays undefined in the page',
      dataLost: 'none',
    });
    await page.close();
  });

  const popup = table.row(`${FAULT} (popup)`);
  it('show as text in the popup', async () => {
    const creatorId = '70516273000000000e00f4a2';
    harness().api.setScenario(creatorId, { kind: 'reply', body: answerWithMarkupNames() });
    const page = await openPopupPage(harness().browser);
    const input = page.locator('form input[name="kolId"]');
    await input.fill(creatorId);
    await input.press('Enter');
    const panel = page.locator(`.fanlens-panel[data-creator-id="${creatorId}"][data-state="data"]`);
    await panel.waitFor(poll);

    await expectLiteralNames(panel);
    expect(await page.locator('img, script:not([src])').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    popup.record({
      seen: '`data`: the markup shown literally as names; no img or inline script element',
      requests: String(harness().api.requestsFor(creatorId).length),
      afterwards: '`window.__pwned` stays undefined in the popup',
      dataLost: 'none',
    });
    await page.close();
  });
});
