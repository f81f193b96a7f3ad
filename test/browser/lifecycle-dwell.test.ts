import { describe, expect, it } from 'vitest';
import { AUTO_LOAD_BUDGET } from '../../components/overlay/auto-load-budget';
import { DWELL_MS } from '../../components/overlay/auto-load-gate';
import { UI_TIMEOUT_MS } from './extension-pages';
import { expectOverlayData, moveInApp, openCreatorPage } from './marketplace-actions';
import { CREATOR_PATH, KOL_LIST_PATH, MARKETPLACE_CREATORS } from './marketplace-page';
import { overlayPanel } from './overlay-probe';
import { panelChanges, pushBurst, recordPanelChanges } from './page-bursts';
import { describeView, readView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';
import { waitForRequests } from './worker-control';

const harness = useHarness('lifecycle: creator URL bursts', 'lifecycle-dwell-token');
const table = reliabilitySection({
  key: 'lifecycle-dwell',
  title: 'Lifecycle: the page moves through creators faster than anyone reads',
  source: 'test/browser/lifecycle-dwell.test.ts',
  group: 'other',
  order: 13,
});

/** Twenty distinct creators per burst; `series` keeps the bursts of two tests apart. */
function burstCreators(series: number): string[] {
  return Array.from(
    { length: 20 },
    (_, i) => `6d2e3f40000000000b${series}${String(i).padStart(5, '0')}`,
  );
}

function requestsFor(creatorIds: string[]): string[] {
  const asked = new Set(creatorIds);
  return harness()
    .api.requests.filter((request) => request.creatorId !== null && asked.has(request.creatorId))
    .map((request) => request.creatorId!);
}

describe('a burst of creator URLs pushed by the page', () => {
  const fromCreator = table.row('20 pushState moves in 0.8 s from a creator page');
  it('switches the panel at once but asks only for the creator the page settles on', async () => {
    const creators = burstCreators(1);
    const last = creators.at(-1)!;
    const h = harness();
    const page = await h.browser.context.newPage();
    await openCreatorPage(h, page, MARKETPLACE_CREATORS.first);
    await expectOverlayData(page, MARKETPLACE_CREATORS.first);

    await recordPanelChanges(page);
    const started = Date.now();
    await pushBurst(page, creators, 40);
    const burstMs = Date.now() - started;
    await expectOverlayData(page, last);
    await page.waitForTimeout(DWELL_MS);
    expect(requestsFor(creators)).toEqual([last]);

    // The panel named the last creator (as loading) well before its request started.
    const changes = await panelChanges(page);
    const named = changes.find((change) => change.creatorId === last)!;
    expect(named.state).toBe('loading');
    const leadMs = h.api.requestsFor(last)[0]!.time - named.at;
    expect(leadMs).toBeGreaterThanOrEqual(DWELL_MS / 2);
    const switchedThrough = new Set(changes.map((change) => change.creatorId));
    const namedCount = creators.filter((id) => switchedThrough.has(id)).length;
    expect(namedCount).toBeGreaterThan(1);
    console.log(
      `[lifecycle] burst of 20 in ${burstMs} ms: requests ${requestsFor(creators)}; the ` +
        `panel named ${namedCount} of the 20 and the last ${leadMs} ms before its request`,
    );
    const settled = describeView(await readView(overlayPanel(page)));
    fromCreator.record({
      seen: `the panel switched along with the URL, as loading; then ${settled} for the last`,
      requests: '1 (the last creator) instead of 20',
      afterwards: `the request starts after the URL stayed ${DWELL_MS} ms on one creator`,
      dataLost: 'none',
    });
    await page.close();
  });

  const fromList = table.row('20 pushState moves in 0.8 s from a list page');
  it('asks only for the last creator when the overlay is first loaded by the burst', async () => {
    const creators = burstCreators(2);
    const h = harness();
    const page = await h.browser.context.newPage();
    await page.goto(h.marketplaceUrl(KOL_LIST_PATH));
    await pushBurst(page, creators, 40);
    await expectOverlayData(page, creators.at(-1)!);
    await page.waitForTimeout(DWELL_MS);
    expect(requestsFor(creators)).toEqual([creators.at(-1)]);
    fromList.record({
      seen: describeView(await readView(overlayPanel(page))),
      requests: '1 (the last creator) instead of 20',
      afterwards: 'the first creator page reached in the app is not asked for at once either',
      dataLost: 'none',
    });
    await page.close();
  });
});

describe('a page script walking slowly through creators', () => {
  const walk = table.row('10 pushState moves, one every 700 ms, with no user input');
  it('spends the tab budget of 3 automatic requests, then waits for a real click', async () => {
    const creators = burstCreators(3).slice(0, 10);
    const last = creators.at(-1)!;
    const h = harness();
    const page = await h.browser.context.newPage();
    await openCreatorPage(h, page, MARKETPLACE_CREATORS.first);
    await expectOverlayData(page, MARKETPLACE_CREATORS.first);

    // Each stop outlasts the dwell, so only the budget stands between the walk and the API.
    await pushBurst(page, creators, 700);
    const idle = `fanlens-overlay .fanlens-panel[data-creator-id="${last}"][data-state="idle"]`;
    await page.locator(idle).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.waitForTimeout(2 * DWELL_MS);
    const automatic = requestsFor(creators);
    expect(automatic).toHaveLength(AUTO_LOAD_BUDGET);
    expect(new Set(automatic).size).toBe(AUTO_LOAD_BUDGET);
    expect(automatic).not.toContain(last);

    await page.locator('fanlens-overlay [data-action="load"]').click();
    await waitForRequests(h.api, last, 1);
    await expectOverlayData(page, last);
    expect(requestsFor(creators)).toHaveLength(AUTO_LOAD_BUDGET + 1);
    console.log(`[lifecycle] slow walk of 10: automatic requests ${automatic.join(', ')}`);
    const clicked = describeView(await readView(overlayPanel(page)));
    walk.record({
      seen: `\`idle\` (click-to-load) past the first 3 stops; after the click ${clicked}`,
      requests: `${AUTO_LOAD_BUDGET} automatic instead of 10; 1 more after a real click`,
      afterwards: 'the tab asks on its own again 10 minutes after its first automatic request',
      dataLost: 'none',
    });
    await page.close();
  });
});

describe('the user moving between creators', () => {
  const userMove = table.row('a real click on a creator, then a page-script move');
  it('loads at once after a real click, and after the dwell after a script move', async () => {
    const { first, second, third } = MARKETPLACE_CREATORS;
    const h = harness();
    const page = await h.browser.context.newPage();
    await openCreatorPage(h, page, first);
    await expectOverlayData(page, first);

    const clickedAt = Date.now();
    await page.click(`a[data-creator-id="${second}"]`);
    await waitForRequests(h.api, second, 1);
    const afterClickMs = h.api.requestsFor(second)[0]!.time - clickedAt;
    await expectOverlayData(page, second);

    const movedAt = Date.now();
    await moveInApp(page, `${CREATOR_PATH}${third}`);
    await waitForRequests(h.api, third, 1);
    const afterScriptMs = h.api.requestsFor(third)[0]!.time - movedAt;
    await expectOverlayData(page, third);

    console.log(
      `[lifecycle] request ${afterClickMs} ms after a click, ` +
        `${afterScriptMs} ms after a script move`,
    );
    expect(afterClickMs).toBeLessThan(DWELL_MS);
    expect(afterScriptMs).toBeGreaterThanOrEqual(DWELL_MS);
    userMove.record({
      seen: describeView(await readView(overlayPanel(page))),
      requests: '1 per creator',
      afterwards: `the click loads at once; the script's move waits ${DWELL_MS} ms first`,
      dataLost: 'none',
    });
    await page.close();
  });
});
