import { render } from 'preact';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OverlayApp } from '@/components/OverlayApp';
import { askBackground, extensionContextAlive } from '@/utils/ask-background';
import { creatorIdFromPageUrl } from '@/utils/creator-id';
import { detectLanguage } from '@/utils/i18n';
import type { OverlayPrefs } from '@/utils/messages';
import '@/components/fanlens.css';

const HOST_STYLE =
  'position:fixed;top:72px;right:12px;z-index:2147483000;max-height:calc(100vh - 96px);display:block;';

const DEFAULT_PREFS: OverlayPrefs = { collapsed: false, overlayLoad: 'auto' };

export default defineContentScript({
  matches: ['*://pgy.xiaohongshu.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    const overlay = createOverlay(ctx);

    ctx.onInvalidated(() => void overlay.show(null));
    overlay.show(creatorIdFromPageUrl(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      overlay.show(creatorIdFromPageUrl(newUrl.href));
    });
  },
});

/**
 * The overlay follows the single-page app: one panel, switched to whichever creator the URL
 * names, removed on any other page. Nothing is built until the first creator page.
 */
function createOverlay(ctx: ContentScriptContext) {
  const lang = detectLanguage(navigator.language);
  let ui: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let shown: string | null = null;

  function mount(): Promise<ShadowRootContentScriptUi<void>> {
    return createShadowRootUi(ctx, {
      name: 'fanlens-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount(_container, _shadow, host) {
        // The host sits in the page's own styles, so it is placed inline: fixed at the right
        // edge below the marketplace's top bar, independent of the marketplace's markup.
        host.setAttribute('style', HOST_STYLE);
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    }).then((created) => {
      created.mount();
      return created;
    });
  }

  async function show(creatorId: string | null) {
    if (creatorId === shown) return;
    shown = creatorId;

    if (!creatorId || ctx.isInvalid || !extensionContextAlive()) {
      const old = ui;
      ui = undefined;
      (await old)?.remove();
      return;
    }

    ui ??= mount();
    const [created, prefs] = await Promise.all([ui, loadPrefs()]);
    if (shown !== creatorId) return;

    render(<OverlayApp creatorId={creatorId} lang={lang} prefs={prefs} />, created.uiContainer);
  }

  return { show };
}

async function loadPrefs(): Promise<OverlayPrefs> {
  try {
    return await askBackground({ type: 'overlay/prefs' });
  } catch {
    return DEFAULT_PREFS;
  }
}
