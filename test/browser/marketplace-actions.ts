import type { Page } from 'playwright-core';
import { readFixture } from './api-scenarios';
import { UI_TIMEOUT_MS } from './extension-pages';
import type { Harness } from './harness';
import { CREATOR_PATH, type StandInWindow } from './marketplace-page';
import { overlayPanel, readShares, type ShareRow } from './overlay-probe';

/** A creator page as marketers reach it from search, tracking parameters included. */
export async function openCreatorPage(h: Harness, page: Page, creatorId: string): Promise<void> {
  await page.goto(h.marketplaceUrl(`${CREATOR_PATH}${creatorId}?track_id=t9&source=search`));
}

/** Moves inside the single-page app the way its own links do: pushState, no page load. */
export async function moveInApp(page: Page, pathname: string): Promise<void> {
  await page.evaluate(
    (target) => (window as unknown as StandInWindow).standIn.go(target),
    pathname,
  );
}

/** Waits until the overlay shows data for exactly this creator. */
export async function expectOverlayData(page: Page, creatorId: string): Promise<void> {
  const selector = `.fanlens-panel[data-creator-id="${creatorId}"][data-state="data"]`;
  await page.locator(`fanlens-overlay ${selector}`).waitFor({ timeout: UI_TIMEOUT_MS });
}

export function overlayGenderShares(page: Page): Promise<ShareRow[]> {
  return readShares(overlayPanel(page).locator('section[data-dimension="gender"]'));
}

/** The fractions fixture with another gender split, so one creator's panel differs. */
export function answerWithFemaleShare(female: number): unknown {
  const answer = readFixture('fans-profile-fractions.json') as { data: { gender: object } };
  return { ...answer, data: { ...answer.data, gender: { male: 1 - female, female } } };
}
