import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  OVERLAY_FILE,
  OVERLAY_GLOBAL,
  type CreateOverlay,
  type OverlayController,
} from '@/components/overlay/contract';
import { creatorIdFromPageUrl } from '@/utils/creator-id';

/**
 * Runs on every marketplace page, most of which show no creator, so it only watches the URL.
 * The overlay itself is imported on the first creator page and kept for the tab's lifetime.
 */
export default defineContentScript({
  matches: ['*://pgy.xiaohongshu.com/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    let overlay: Promise<OverlayController> | undefined;

    function follow(url: string) {
      const creatorId = creatorIdFromPageUrl(url);
      if (!creatorId && !overlay) return;

      overlay ??= loadOverlay(ctx);
      overlay
        .then((controller) => controller.show(creatorId))
        .catch((error: unknown) => {
          // Typically the extension was reloaded under this tab: stay quiet in the page.
          if (!ctx.isInvalid) console.warn('[fanlens] overlay failed to load', error);
        });
    }

    follow(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => follow(newUrl.href));
  },
});

async function loadOverlay(ctx: ContentScriptContext): Promise<OverlayController> {
  await import(/* @vite-ignore */ browser.runtime.getURL(OVERLAY_FILE));
  const create = (globalThis as Record<string, unknown>)[OVERLAY_GLOBAL] as CreateOverlay;
  return create(ctx);
}
