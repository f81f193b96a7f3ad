import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '@/utils/i18n';
import { saveToken, tokenItem } from '@/utils/storage';

/**
 * The Just One API token: masked by default, revealed on demand, saved on submit (Enter or
 * the button). Surrounding white space from copy-and-paste is dropped.
 */
export function TokenForm({ lang }: { lang: Lang }) {
  const [token, setToken] = useState('');
  const [revealed, setRevealed] = useState(false);
  const [status, setStatus] = useState<'idle' | 'saved' | 'cleared' | 'failed'>('idle');

  useEffect(() => {
    void tokenItem.getValue().then((stored) => setToken(typeof stored === 'string' ? stored : ''));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    try {
      const trimmed = await saveToken(token);
      setToken(trimmed);
      setStatus(trimmed ? 'saved' : 'cleared');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <form class="fanlens-card" data-form="token" onSubmit={save}>
      <h2>{t(lang, 'tokenTitle')}</h2>
      <p class="fanlens-hint">{t(lang, 'tokenHelp')}</p>
      <label for="fanlens-token">{t(lang, 'tokenLabel')}</label>
      <div class="fanlens-row">
        <input
          id="fanlens-token"
          name="token"
          type={revealed ? 'text' : 'password'}
          autoComplete="off"
          spellcheck={false}
          value={token}
          onInput={(event) => {
            setToken(event.currentTarget.value);
            setStatus('idle');
          }}
        />
        <button
          type="button"
          data-action="reveal"
          aria-pressed={revealed}
          onClick={() => setRevealed(!revealed)}
        >
          {t(lang, revealed ? 'tokenHide' : 'tokenShow')}
        </button>
        <button type="submit">{t(lang, 'save')}</button>
      </div>
      <p class="fanlens-status" role="status" data-status={status}>
        {status === 'saved' && t(lang, 'tokenSaved')}
        {status === 'cleared' && t(lang, 'tokenCleared')}
        {status === 'failed' && t(lang, 'saveFailed')}
      </p>
    </form>
  );
}
