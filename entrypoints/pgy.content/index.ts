import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAutoLoadGate, type PageMove } from '@/components/overlay/auto-load-gate';
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
    const gate = createAutoLoadGate(() => performance.now());

    // Only the user makes trusted events; they tell the user's own moves from a script's.
    const noteInput = (event: Event) => {
      if (event.isTrusted) gate.noteUserInput();
    };
    for (const type of ['pointerdown', 'keydown'] as const) {
      ctx.addEventListener(window, type, noteInput, { capture: true, passive: true });
    }

    function follow(url: string, move: PageMove) {
      // Reading isInvalid is what makes WXT notice that the extension was reloaded under this
      // tab; it then drops this listener, so an orphaned loader stops following the URL.
      if (ctx.isInvalid) return;
      const creatorId = creatorIdFromPageUrl(url);
      if (!creatorId && !overlay) return;

      const plan = creatorId ? gate.planFor(move) : undefined;
      const options = { autoLoadDelayMs: plan?.delayMs ?? 0, claimAutoLoad: plan?.claim };
      overlay ??= loadOverlay(ctx);
      overlay
        .then((controller) => controller.show(creatorId, options))
        .catch((error: unknown) => {
          // Typically the extension was reloaded under this tab: stay quiet in the page.
          if (!ctx.isInvalid) console.warn('[fanlens] overlay failed to load', error);
        });
    }

    follow(location.href, 'page-load');
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      // WXT's event type is on window, so the page can dispatch a forged one without a URL.
      const newUrl: unknown = (event as { newUrl?: unknown }).newUrl;
      if (newUrl instanceof URL) follow(newUrl.href, 'in-app');
    });
  },
});

async function loadOverlay(ctx: ContentScriptContext): Promise<OverlayController> {
  await import(/* @vite-ignore */ browser.runtime.getURL(OVERLAY_FILE));
  const create = (globalThis as Record<string, unknown>)[OVERLAY_GLOBAL] as CreateOverlay;
  return create(ctx);
}
