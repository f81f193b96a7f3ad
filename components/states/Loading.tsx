import { t, type Lang } from '@/utils/i18n';

/** A request can take up to the timeout (60 s by default), so the wait is explained. */
export function Loading({ lang }: { lang: Lang }) {
  return (
    <div class="fanlens-loading" role="status" aria-live="polite">
      <span class="fanlens-spinner" aria-hidden="true" />
      <div>
        <p>{t(lang, 'loading')}</p>
        <p class="fanlens-hint">{t(lang, 'loadingHint')}</p>
      </div>
    </div>
  );
}
