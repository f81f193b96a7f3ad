import type { Locator, Page } from 'playwright-core';
import { openPopupPage } from './extension-pages';
import type { Harness } from './harness';
import { moveInApp, openCreatorPage } from './marketplace-actions';
import { CREATOR_PATH } from './marketplace-page';
import { creatorPanel } from './panel-view';

/**
 * Where a user looks at a creator: the overlay on a marketplace creator page, or the
 * toolbar popup. `open` starts a fresh page on a creator; `moveTo` goes to the next
 * creator the way a user does there (an in-app move, or a new lookup).
 */
export interface CreatorSurface {
  name: 'overlay' | 'popup';
  open(h: Harness, creatorId: string): Promise<Page>;
  moveTo(page: Page, creatorId: string): Promise<void>;
  panel(page: Page, creatorId: string): Locator;
}

export const OVERLAY: CreatorSurface = {
  name: 'overlay',
  async open(h, creatorId) {
    const page = await h.browser.context.newPage();
    await openCreatorPage(h, page, creatorId);
    return page;
  },
  // A user moves inside the marketplace by clicking: the click (on the page, away from the
  // panel) marks the move as the user's, which loads at once and spends no automatic budget.
  async moveTo(page, creatorId) {
    await page.mouse.click(8, 300);
    await moveInApp(page, `${CREATOR_PATH}${creatorId}`);
  },
  panel: (page, creatorId) => creatorPanel(page, creatorId, 'overlay'),
};

async function lookUp(page: Page, creatorId: string): Promise<void> {
  const input = page.locator('form input[name="kolId"]');
  await input.fill(creatorId);
  await input.press('Enter');
}

export const POPUP: CreatorSurface = {
  name: 'popup',
  async open(h, creatorId) {
    const page = await openPopupPage(h.browser);
    await lookUp(page, creatorId);
    return page;
  },
  moveTo: lookUp,
  panel: (page, creatorId) => creatorPanel(page, creatorId, 'popup'),
};
