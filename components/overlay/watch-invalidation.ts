import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often an open panel checks that its extension is still there. */
export const INVALIDATION_CHECK_MS = 1000;

/**
 * When the extension is reloaded or updated, the old content script keeps running in open
 * tabs with every extension call failing. WXT notices this only when something reads
 * `ctx.isInvalid` (it checks `runtime.id`); it then aborts the context, which removes the
 * panel (createShadowRootUi registered that) and every listener added through `ctx`. A panel
 * that is on screen reads it every second, so a dead panel disappears without any input.
 */
export function watchInvalidation(ctx: ContentScriptContext, everyMs = INVALIDATION_CHECK_MS) {
  const id = setInterval(() => {
    if (ctx.isInvalid) clearInterval(id);
  }, everyMs);
  ctx.onInvalidated(() => clearInterval(id));
}
