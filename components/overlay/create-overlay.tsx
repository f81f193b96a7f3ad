import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { askBackground, extensionContextAlive } from '@/utils/ask-background';
import { detectLanguage } from '@/utils/i18n';
import type { OverlayPrefs } from '@/utils/messages';
import css from '../fanlens.css?inline';
import type { OverlayController, ShowOptions } from './contract';
import { OverlayApp } from './OverlayApp';
import { keepAttached } from './keep-attached';
import { watchInvalidation } from './watch-invalidation';

// Fixed at the right edge below the marketplace's top bar, independent of the marketplace's
// own markup. `!important` inside the shadow root outranks anything the page's styles say
// about the host element, so the page can neither hide nor move the panel by accident.
const HOST_CSS = `:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 72px !important;
  right: 12px !important;
  z-index: 2147483000 !important;
}
`;

/** The host element's tag, unless the page has claimed it (see mount). */
const HOST_NAME = 'fanlens-overlay';

const DEFAULT_PREFS: OverlayPrefs = { collapsed: false, overlayLoad: 'auto' };

type Ui = ShadowRootContentScriptUi<HTMLElement>;

/**
 * One panel per tab, switched to whichever creator the URL names and removed on any other
 * page, and removed too when the extension is reloaded or updated under the open tab.
 */
export function createOverlay(ctx: ContentScriptContext): OverlayController {
  const lang = detectLanguage(navigator.language);
  let ui: Promise<Ui> | undefined;
  let shown: string | null = null;
  // Per panel, so that removing one panel stops its own observer, whichever mount is newer.
  const stopKeeping = new WeakMap<Ui, () => void>();
  watchInvalidation(ctx);

  async function mount(): Promise<Ui> {
    let created: Ui;
    try {
      created = await createUi(HOST_NAME);
    } catch {
      // A page may have claimed HOST_NAME as its own custom element: creating the host then
      // runs the page's constructor, which can attach a shadow root of its own, and ours
      // cannot be attached. A name with a random suffix cannot have been claimed in advance.
      created = await createUi(`${HOST_NAME}-${Math.random().toString(36).slice(2, 10)}`);
    }
    created.mount();
    const stop = keepAttached(created.shadowHost, {
      reattach: () => created.mount(),
      // The page keeps removing the panel: stop its automatic requests, nobody sees them.
      giveUp: () => render(null, created.uiContainer),
    });
    stopKeeping.set(created, stop);
    ctx.onInvalidated(stop);
    return created;
  }

  function createUi(name: string): Promise<Ui> {
    return createShadowRootUi(ctx, {
      name,
      css: HOST_CSS + css,
      // The reset WXT would add is part of HOST_CSS, together with the placement.
      inheritStyles: true,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: (container) => container,
      onRemove(container) {
        if (container) render(null, container);
      },
    });
  }

  async function show(creatorId: string | null, options?: ShowOptions) {
    if (creatorId === shown) return;
    shown = creatorId;

    if (!creatorId || ctx.isInvalid || !extensionContextAlive()) {
      const pending = ui;
      ui = undefined;
      const old = await pending;
      if (!old) return;
      stopKeeping.get(old)?.();
      old.remove();
      return;
    }

    ui ??= mount();
    const [created, prefs] = await Promise.all([ui, loadPrefs()]);
    // The page moved on, or the extension went away, while the preferences were on their way.
    if (shown !== creatorId || ctx.isInvalid) return;
    // The page's own scripts may have removed the host (re-rendering <body>): put it back.
    if (!created.shadowHost.isConnected) created.mount();

    const app = (
      <OverlayApp
        creatorId={creatorId}
        lang={lang}
        prefs={prefs}
        autoLoadDelayMs={options?.autoLoadDelayMs ?? 0}
        claimAutoLoad={options?.claimAutoLoad}
      />
    );
    render(app, created.uiContainer);
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
