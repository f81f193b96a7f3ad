import { describe, expect, it } from 'vitest';
import { UI_TIMEOUT_MS } from './extension-pages';
import { CREATOR_PATH } from './marketplace-page';
import { channelsHolding, pageVisibleText } from './hostile-scan';
import { describeView, readView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

const TOKEN = 'FLcanary-d3f9x-6f0';
const poll = { timeout: UI_TIMEOUT_MS };
const harness = useHarness('hostile define suite', TOKEN);
const table = reliabilitySection({
  key: 'hostile-define',
  title: 'Hostile page: the page claims the overlay’s tag name',
  source: 'test/browser/hostile-define.test.ts',
  group: 'other',
  order: 25,
});

/**
 * A page can define `fanlens-overlay` in its own custom element registry before the overlay
 * is created; the page's constructor then runs on the overlay's host and can take its shadow
 * root. Whatever the overlay does about it, the page must get nothing and spend nothing.
 */
describe('a page that owns the overlay tag name', () => {
  const define = table.row('page defines a custom element named `fanlens-overlay` first');
  it('a page that claims the overlay tag name gets no panel content and no token', async () => {
    const creatorId = '6e3f4051000000000c00d2e4';
    const pageErrors: string[] = [];
    const page = await harness().browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Settled once the overlay either shows or gives up (its warning reaches the console).
    const failed = page
      .waitForEvent('console', {
        predicate: (line) => line.text().startsWith('[fanlens] overlay failed to load'),
        timeout: UI_TIMEOUT_MS,
      })
      .catch(() => undefined);
    const panel = page
      .locator('.fanlens-panel[data-state="data"]')
      .waitFor(poll)
      .catch(() => undefined);
    await page.goto(harness().marketplaceUrl(`${CREATOR_PATH}${creatorId}?hostile=define,capture`));
    await Promise.race([failed, panel]);

    const stolen = await page.evaluate(() => {
      const hostile = (window as unknown as { __hostile: { stolenRoot?: ShadowRoot } }).__hostile;
      return hostile.stolenRoot?.innerHTML;
    });
    expect(stolen).toBe('');
    expect(pageErrors).toEqual([]);
    expect(harness().api.requestsFor(creatorId).length).toBeLessThanOrEqual(1);
    expect(channelsHolding(await pageVisibleText(page), TOKEN)).toEqual([]);
    const panels = page.locator('.fanlens-panel');
    define.record({
      seen: (await panels.count()) === 0 ? 'no panel' : describeView(await readView(panels)),
      requests: String(harness().api.requestsFor(creatorId).length),
      afterwards: "the page's own shadow root stays empty; no error reaches the page",
      dataLost: 'none',
    });
    await page.close();
  });
});
