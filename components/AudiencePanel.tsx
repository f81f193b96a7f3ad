import type { DrawChart } from '@/utils/charts/draw';
import { t, type Lang } from '@/utils/i18n';
import type { PanelState } from './panel-state';
import { AudienceData } from './states/AudienceData';
import { ClickToLoad } from './states/ClickToLoad';
import { ErrorState } from './states/ErrorState';
import { Loading } from './states/Loading';
import { NoToken } from './states/NoToken';

export interface AudiencePanelProps {
  lang: Lang;
  state: PanelState;
  onRefresh(): void;
  onRetry(): void;
  onLoad(): void;
  onOpenOptions(): void;
  /** Epoch ms for time-dependent advice (quota reset); the clock when omitted. */
  now?: number;
  /** Injected in tests; the real Chart.js drawing otherwise. */
  draw?: DrawChart;
}

/** The audience view shared by the marketplace overlay and the toolbar popup. */
export function AudiencePanel(props: AudiencePanelProps) {
  const { lang, state } = props;
  const creatorId = state.status === 'no-token' ? undefined : state.creatorId;

  return (
    <div
      class="fanlens-panel"
      data-state={state.status}
      data-creator-id={creatorId}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
    >
      {creatorId && (
        <p class="fanlens-creator">
          {t(lang, 'creator')} <code>{creatorId}</code>
        </p>
      )}
      <PanelBody {...props} />
    </div>
  );
}

function PanelBody({ lang, state, now, draw, ...on }: AudiencePanelProps) {
  switch (state.status) {
    case 'idle':
      return <ClickToLoad lang={lang} onLoad={on.onLoad} />;
    case 'loading':
      return <Loading lang={lang} />;
    case 'data':
      return (
        <AudienceData
          lang={lang}
          answer={state.answer}
          refreshing={state.refreshing === true}
          refreshError={state.refreshError}
          now={now ?? Date.now()}
          onRefresh={on.onRefresh}
          draw={draw}
        />
      );
    case 'error':
      return (
        <ErrorState
          lang={lang}
          error={state.error}
          now={now ?? Date.now()}
          onRetry={on.onRetry}
          onOpenOptions={on.onOpenOptions}
        />
      );
    case 'no-token':
      return <NoToken lang={lang} onOpenOptions={on.onOpenOptions} />;
  }
}
