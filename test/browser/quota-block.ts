import type { BrowserContext, Page } from 'playwright-core';
import { UI_TIMEOUT_MS } from './extension-pages';

/** Where the product keeps "no calls until" after code 303 (utils/storage.ts). */
const BLOCK_KEY = 'quotaBlockedUntil';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
type ChromeGlobal = { chrome: { storage: { local: StorageArea } } };

/**
 * The stored quota block, read and moved through an extension page (storage is open to
 * trusted contexts only). Moving it into the past is how a test lets midnight pass.
 */
export function quotaBlock(extensionPage: Page) {
  return {
    read: () =>
      extensionPage.evaluate(async (key) => {
        const area = (globalThis as unknown as ChromeGlobal).chrome.storage.local;
        return (await area.get(key))[key];
      }, BLOCK_KEY),
    moveTo: (until: number) =>
      extensionPage.evaluate(
        async ([key, value]) => {
          const area = (globalThis as unknown as ChromeGlobal).chrome.storage.local;
          await area.set({ [key]: value });
        },
        [BLOCK_KEY, until] as const,
      ),
  };
}

/**
 * Resolves when the background logs a line containing `text`. A refused request changes
 * nothing on the wire, so the worker's own log is what says it was answered.
 */
export function workerLogs(context: BrowserContext, text: string): Promise<void> {
  const worker = context.serviceWorkers()[0]!;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no worker log with "${text}"`)),
      UI_TIMEOUT_MS,
    );
    worker.on('console', (message) => {
      if (!message.text().includes(text)) return;
      clearTimeout(timer);
      resolve();
    });
  });
}
