import { useState } from 'preact/hooks';
import { askBackground } from '@/utils/ask-background';
import { t, type Lang } from '@/utils/i18n';
import type { OverlayPrefs } from '@/utils/messages';
import { AudiencePanel } from '../AudiencePanel';
import { useAudience } from '../use-audience';

interface Props {
  creatorId: string;
  lang: Lang;
  prefs: OverlayPrefs;
}

/** The panel beside a creator's profile: collapsible to a small tab, remembered across pages. */
export function OverlayApp({ creatorId, lang, prefs }: Props) {
  const [collapsed, setCollapsed] = useState(prefs.collapsed);
  const autoLoad = prefs.overlayLoad === 'auto';
  const { state, load, refresh } = useAudience(creatorId, autoLoad && !collapsed);

  function toggle(next: boolean) {
    setCollapsed(next);
    void askBackground({ type: 'overlay/collapse', collapsed: next }).catch(() => undefined);
    if (!next && autoLoad && state?.status === 'idle') load();
  }

  if (collapsed) {
    return (
      <button
        type="button"
        class="fanlens-tab"
        data-action="expand"
        title={t(lang, 'expand')}
        onClick={() => toggle(false)}
      >
        {t(lang, 'appName')}
      </button>
    );
  }

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
          onClick={() => toggle(true)}
        >
          ⟩
        </button>
      </header>
      {state && (
        <AudiencePanel
          lang={lang}
          state={state}
          onLoad={load}
          onRefresh={refresh}
          onRetry={load}
          onOpenOptions={() => void askBackground({ type: 'options/open' }).catch(() => undefined)}
        />
      )}
    </aside>
  );
}
