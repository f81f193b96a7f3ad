import { browser } from 'wxt/browser';
import type { KeyValueAdapter } from './audience-cache';

/** Extension-local storage (`storage.local`), which survives the service worker stopping. */
export const localKeyValue: KeyValueAdapter = {
  async get(key) {
    return (await browser.storage.local.get(key))[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
  async remove(keys) {
    await browser.storage.local.remove(keys);
  },
  async keys() {
    // getKeys (Chrome 130+) avoids reading every cached answer just to list them.
    const area = browser.storage.local as { getKeys?: () => Promise<string[]> };
    if (area.getKeys) return area.getKeys();
    return Object.keys(await browser.storage.local.get(null));
  },
};
