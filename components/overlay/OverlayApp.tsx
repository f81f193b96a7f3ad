import { useRef, useState } from 'preact/hooks';
import { askBackground, openOptions } from '@/utils/ask-background';
import { t, type Lang } from '@/utils/i18n';
import type { OverlayPrefs } from '@/utils/messages';
import { AudiencePanel } from '../AudiencePanel';
import type { PanelState } from '../panel-state';
import { whenTrusted } from '../trusted';
import { useAudience } from '../use-audience';
import { useDwellLoad } from './use-dwell-load';
import { useReconnect } from './use-reconnect';

interface Props {
  creatorId: string;
  lang: Lang;
  prefs: OverlayPrefs;
  /** How long the page must stay on this creator before the automatic request. */
  autoLoadDelayMs?: number;
  /** Asked before the automatic request starts; false: the tab's budget is spent. */
  claimAutoLoad?: () => boolean;
}

/** The panel beside a creator's profile: collapsible to a small tab, remembered across pages. */
export function OverlayApp({
  creatorId,
  lang,
  prefs,
  autoLoadDelayMs = 0,
  claimAutoLoad = () => true,
}: Props) {
  const [collapsed, setCollapsed] = useState(prefs.collapsed);
  const autoLoad = prefs.overlayLoad === 'auto';
  const automatic = autoLoad && !collapsed;
  // A user's own move loads at once, in one message. Anything else waits for the dwell here,
  // while useAudience shows a kept answer (free) in the meantime.
  const atOnce = automatic && autoLoadDelayMs === 0;
  const { state, load, refresh } = useAudience(creatorId, atOnce);
  // The dwell's start is for creators that have no kept answer on screen.
  const stateNow = useRef(state);
  stateNow.current = state;
  const loadUnlessShown = () => {
    const now = stateNow.current;
    if (now?.status === 'data' && now.creatorId === creatorId) return;
    // Past the budget the panel stays idle, showing click-to-load (a trusted click only).
    if (claimAutoLoad()) load();
  };
  const delay = automatic && !atOnce ? autoLoadDelayMs : null;
  const dwell = useDwellLoad(creatorId, delay, loadUnlessShown);
  const { extensionGone } = useReconnect(creatorId, state, load);

  function toggle(next: boolean) {
    setCollapsed(next);
    void askBackground({ type: 'overlay/collapse', collapsed: next }).catch(() => undefined);
    // Collapsing never costs a request; expanding is the user's own act (a trusted click, never
    // a page script's) and loads at once.
    dwell.cancel();
    if (!next && autoLoad && state?.status === 'idle') load();
  }

  // An error about a connection that cannot come back would only puzzle the user.
  if (extensionGone) return null;

  if (collapsed) {
    return (
      <button
        type="button"
        class="fanlens-tab"
        data-action="expand"
        title={t(lang, 'expand')}
        onClick={whenTrusted(() => toggle(false))}
      >
        {t(lang, 'appName')}
      </button>
    );
  }

  // The panel names the new creator at once; during the dwell it looks like loading.
  const shown: PanelState | null =
    dwell.pending && state?.status === 'idle' ? { status: 'loading', creatorId } : state;

  return (
    <aside class="fanlens-overlay" aria-label={t(lang, 'appName')}>
      <header class="fanlens-overlay-header">
        <strong>{t(lang, 'appName')}</strong>
        <button
          type="button"
          class="fanlens-icon-button"
          data-action="collapse"
          title={t(lang, 'collapse')}
          aria-label={t(lang, 'collapse')}
          onClick={whenTrusted(() => toggle(true))}
        >
          ⟩
        </button>
      </header>
      {shown && (
        <AudiencePanel
          lang={lang}
          state={shown}
          onLoad={load}
          onRefresh={refresh}
          onRetry={load}
          onOpenOptions={openOptions}
        />
      )}
    </aside>
  );
}
