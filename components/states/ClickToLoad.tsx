import { t, type Lang } from '@/utils/i18n';
import { whenTrusted } from '../trusted';

interface Props {
  lang: Lang;
  onLoad(): void;
}

/** Click-to-load mode: every load is a paid call, so it waits for the user. */
export function ClickToLoad({ lang, onLoad }: Props) {
  return (
    <div class="fanlens-idle">
      <button
        type="button"
        class="fanlens-primary"
        data-action="load"
        onClick={whenTrusted(() => onLoad())}
      >
        {t(lang, 'load')}
      </button>
      <p class="fanlens-hint">{t(lang, 'loadHint')}</p>
    </div>
  );
}
