import { browser } from 'wxt/browser';
import { fetchAudience } from '../api/client';
import { keepAliveWhile } from '../api/keep-alive';
import { createAudienceCache } from '../audience-cache';
import { createAudienceService } from '../audience-service';
import { localKeyValue } from '../local-key-value';
import {
  loadOverlayCollapsed,
  loadSettings,
  loadToken,
  overlayCollapsedItem,
  quotaBlockedUntilItem,
} from '../storage';
import { createRouter } from './router';

const log = (line: string) => console.info(line);

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const id = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(id);
      resolve();
    });
  });

/** Builds the background's services from the real browser, clock and network. */
export function createBackground() {
  const cache = createAudienceCache(localKeyValue);
  const service = createAudienceService({
    loadToken,
    loadSettings,
    cache,
    fetchAudience: (request) =>
      fetchAudience(request, {
        fetch: (input, init) => fetch(input, init),
        sleep,
        random: Math.random,
        now: Date.now,
        log,
      }),
    // A fetch outliving ~30 s of worker idleness is cut off; an extension call every 25 s
    // resets that timer for as long as a request is outstanding.
    keepAlive: (task) => keepAliveWhile(task, () => browser.runtime.getPlatformInfo()),
    now: Date.now,
    quota: {
      blockedUntil: async () => Number(await quotaBlockedUntilItem.getValue()) || undefined,
      block: (until) => quotaBlockedUntilItem.setValue(until),
    },
    log,
  });

  return createRouter(
    {
      getAudience: (creatorId, options) => service.get(creatorId, options),
      hasToken: async () => (await loadToken()) !== '',
      openOptions: () => browser.runtime.openOptionsPage(),
      clearCache: () => cache.clear(),
      overlayPrefs: async () => ({
        collapsed: await loadOverlayCollapsed(),
        overlayLoad: (await loadSettings()).overlayLoad,
      }),
      setOverlayCollapsed: (collapsed) => overlayCollapsedItem.setValue(collapsed),
    },
    { id: browser.runtime.id, pagesOrigin: browser.runtime.getURL('/') },
  );
}
