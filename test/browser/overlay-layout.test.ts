import { describe, expect, it } from 'vitest';
import { UI_TIMEOUT_MS } from './extension-pages';
import { expectOverlayData, openCreatorPage } from './marketplace-actions';
import { MARKETPLACE_CREATORS } from './marketplace-page';
import { overlayPanel } from './overlay-probe';
import { useHarness } from './use-harness';

const harness = useHarness('overlay layout suite', 'layout-token');

describe('overlay layout on a long creator page', () => {
  it('stays in view at the right edge of the window while the page scrolls', async () => {
    const page = await harness().browser.context.newPage();
    await openCreatorPage(harness(), page, MARKETPLACE_CREATORS.first);
    await expectOverlayData(page, MARKETPLACE_CREATORS.first);

    const before = (await overlayPanel(page).boundingBox())!;
    await page.mouse.wheel(0, 1200);
    const scrolled = () => page.evaluate(() => window.scrollY);
    await expect.poll(scrolled, { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(1000);
    const after = (await overlayPanel(page).boundingBox())!;

    const viewport = page.viewportSize()!;
    expect(before.x).toBeGreaterThan(viewport.width / 2);
    expect(before.x + before.width).toBeLessThanOrEqual(viewport.width);
    expect(before.y).toBeLessThan(viewport.height / 2);
    expect(after.y).toBe(before.y);

    // A fixed panel taller than the window must scroll inside, or its last charts are lost.
    const lastSection = overlayPanel(page).locator('section[data-dimension="devices"]');
    await lastSection.scrollIntoViewIfNeeded();
    const last = (await lastSection.boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(viewport.height);
    await page.close();
  });
});
