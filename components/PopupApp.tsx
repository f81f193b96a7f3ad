import { useEffect, useState } from 'preact/hooks';
import { openOptions } from '@/utils/ask-background';
import { creatorIdFromPageUrl, parseCreatorInput } from '@/utils/creator-id';
import { t, type Lang } from '@/utils/i18n';
import { AudiencePanel } from './AudiencePanel';
import { useAudience } from './use-audience';

interface Props {
  lang: Lang;
  /** The active tab's URL, when the popup may see it; a creator page opens on that creator. */
  activeTabUrl?: string;
}

const INPUT_PROBLEM = {
  empty: 'inputEmpty',
  'short-link': 'inputShortLink',
  'red-id': 'inputRedId',
  unrecognised: 'inputUnrecognised',
} as const;

/** The toolbar popup: looks any creator up by id or URL and shows the same panel. */
export function PopupApp({ lang, activeTabUrl }: Props) {
  const fromTab = activeTabUrl ? creatorIdFromPageUrl(activeTabUrl) : null;
  const [creatorId, setCreatorId] = useState<string | null>(fromTab);
  const [input, setInput] = useState(fromTab ?? '');
  const [problem, setProblem] = useState<keyof typeof INPUT_PROBLEM | null>(null);
  const { state, load, refresh } = useAudience(creatorId, true);

  useEffect(() => {
    if (fromTab) setCreatorId(fromTab);
  }, [fromTab]);

  function submit(event: Event) {
    event.preventDefault();
    const parsed = parseCreatorInput(input);
    if (!parsed.ok) return setProblem(parsed.reason);

    setProblem(null);
    if (parsed.creatorId === creatorId) return load();
    setCreatorId(parsed.creatorId);
  }

  return (
    <main class="fanlens-popup">
      <header class="fanlens-popup-header">
        <strong>{t(lang, 'appName')}</strong>
        <button
          type="button"
          class="fanlens-link-button"
          data-action="open-options"
          onClick={openOptions}
        >
          {t(lang, 'settings')}
        </button>
      </header>
      <form class="fanlens-lookup" onSubmit={submit}>
        <label for="fanlens-kol-id">{t(lang, 'lookupLabel')}</label>
        <div class="fanlens-lookup-row">
          <input
            id="fanlens-kol-id"
            name="kolId"
            type="text"
            autoComplete="off"
            spellcheck={false}
            placeholder={t(lang, 'lookupPlaceholder')}
            // Ready for a paste the moment the popup opens, unless it opened on a creator.
            autoFocus={!fromTab}
            value={input}
            aria-invalid={problem !== null}
            aria-describedby="fanlens-lookup-help"
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit">{t(lang, 'lookup')}</button>
        </div>
        <p
          id="fanlens-lookup-help"
          class={problem ? 'fanlens-input-problem' : 'fanlens-hint'}
          role={problem ? 'alert' : undefined}
        >
          {t(lang, problem ? INPUT_PROBLEM[problem] : 'lookupHelp')}
        </p>
      </form>
      {state && (
        <AudiencePanel
          lang={lang}
          state={state}
          onLoad={load}
          onRefresh={refresh}
          onRetry={load}
          onOpenOptions={openOptions}
        />
      )}
    </main>
  );
}
