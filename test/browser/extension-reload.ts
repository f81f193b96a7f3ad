import { UI_TIMEOUT_MS } from './extension-pages';
import type { Harness } from './harness';

/**
 * Chrome keeps an unpacked extension loaded by command line switch only while developer mode
 * is on: reloaded without it, the extension comes back disabled ("turn on developer mode").
 * Loading unpacked needs developer mode anyway, so the test browser gets it, as users have it.
 */
export async function turnOnDeveloperMode(h: Harness): Promise<void> {
  const page = await h.browser.context.newPage();
  await page.goto('chrome://extensions');
  const on = await page.evaluate(async () => {
    const { developerPrivate } = (globalThis as unknown as ChromeGlobal).chrome;
    await developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
    return (await developerPrivate.getProfileConfiguration()).inDeveloperMode;
  });
  await page.close();
  if (!on) throw new Error('Developer mode could not be turned on.');
}

/**
 * What an update does to open tabs: the extension restarts with a new worker, while the
 * content scripts already running in tabs stay, cut off from it. Resolves once the new
 * worker runs, with the time the reload was asked for.
 */
export async function reloadExtension(h: Harness): Promise<number> {
  const { context } = h.browser;
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('No extension service worker to reload.');
  const restarted = context.waitForEvent('serviceworker', { timeout: UI_TIMEOUT_MS });
  const reloadedAt = Date.now();
  // The worker ends inside this call, so its evaluation may report the target as closed.
  await worker
    .evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.reload())
    .catch(() => undefined);
  await restarted;
  return reloadedAt;
}

interface ChromeGlobal {
  chrome: {
    runtime: { reload(): void };
    developerPrivate: {
      updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
      getProfileConfiguration(): Promise<{ inDeveloperMode: boolean }>;
    };
  };
}
