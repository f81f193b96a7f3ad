import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch';

/** Settles in seconds on a 2-core CI machine; a stuck page fails the test, not the run. */
export const UI_TIMEOUT_MS = 15_000;

export async function openOptionsPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.locator('form input[name="token"]').waitFor({ timeout: UI_TIMEOUT_MS });
  return page;
}

/** The toolbar popup cannot be clicked open headless, so its page is opened in a tab. */
export async function openPopupPage(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 640 });
  await page.goto(browser.extensionUrl('popup.html'));
  await page.locator('form input[name="kolId"]').waitFor({ timeout: UI_TIMEOUT_MS });
  return page;
}

/** The token's own form: the options page has other forms with their own status lines. */
export const TOKEN_FORM = 'form:has(input[name="token"])';

/** Types the token as a user does (Enter submits) and waits for the confirmation. */
export async function saveTokenInOptions(page: Page, token: string): Promise<void> {
  const input = page.locator(`${TOKEN_FORM} input[name="token"]`);
  await input.fill(token);
  await input.press('Enter');
  const saved = page.locator(`${TOKEN_FORM} [role="status"][data-status="saved"]`);
  await saved.waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Seeds the token through the real options form and closes the page again. */
export async function seedToken(browser: ExtensionBrowser, token: string): Promise<void> {
  const page = await openOptionsPage(browser);
  await saveTokenInOptions(page, token);
  await page.close();
}
