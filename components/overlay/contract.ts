import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The content script that runs on every marketplace page is only a small loader; the overlay
 * (Preact, Chart.js, the views) is a separate file it imports on the first creator page. The
 * two meet through one property of the content script's own global object, which the page's
 * scripts cannot see (content scripts run in an isolated world).
 */
export const OVERLAY_GLOBAL = '__fanlensCreateOverlay';

/** Where the overlay bundle is built (an unlisted WXT script) and served from. */
export const OVERLAY_FILE = '/overlay.js';

export interface ShowOptions {
  /** How long the page must stay on this creator before the automatic request; 0: at once. */
  autoLoadDelayMs: number;
  /**
   * Asked when the automatic request is about to start; false: the tab's budget of automatic
   * loads is spent, so the panel offers click-to-load. Absent: always allowed.
   */
  claimAutoLoad?: () => boolean;
}

export interface OverlayController {
  /** Shows the panel for this creator, or removes it when `creatorId` is null. */
  show(creatorId: string | null, options?: ShowOptions): Promise<void>;
}

export type CreateOverlay = (ctx: ContentScriptContext) => OverlayController;
