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
 * is created; the page's constructor then runs on the overlay's host and takes its shadow
 * root. The overlay then uses a host name the page cannot have claimed, and the page gets
 * nothing of ours.
 */
describe('a page that owns the overlay tag name', () => {
  const claimed = table.row('page defines `fanlens-overlay` first: the panel still shows');
  it('a page that claims the overlay tag name still gets the panel, with data', async () => {
    const creatorId = '6e3f4051000000000c00d2e5';
    const pageErrors: string[] = [];
    const page = await harness().browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(harness().marketplaceUrl(`${CREATOR_PATH}${creatorId}?hostile=define,capture`));

    // Playwright's CSS pierces every open shadow root, whatever the host is called.
    const panel = page.locator(`.fanlens-panel[data-creator-id="${creatorId}"][data-state="data"]`);
    await panel.waitFor(poll);
    const hostile = await page.evaluate(() => {
      const state = (window as unknown as { __hostile: { stolenRoot?: ShadowRoot; log: string[] } })
        .__hostile;
      return { stolen: state.stolenRoot?.innerHTML, log: state.log };
    });
    // The page's constructor did run on the name it claimed, and got nothing of ours.
    expect(hostile.log).toContain('define: page owns the shadow root');
    expect(hostile.stolen).toBe('');
    expect(harness().api.requestsFor(creatorId)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
    expect(channelsHolding(await pageVisibleText(page), TOKEN)).toEqual([]);
    claimed.record({
      seen: describeView(await readView(panel)),
      requests: String(harness().api.requestsFor(creatorId).length),
      afterwards: "the page's own shadow root stays empty; no error reaches the page",
      dataLost: 'none',
    });
    await page.close();
  });
});
