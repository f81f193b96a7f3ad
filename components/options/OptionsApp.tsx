import { t, type Lang } from '@/utils/i18n';
import { SettingsForm } from './SettingsForm';
import { TokenForm } from './TokenForm';

export function OptionsApp({ lang }: { lang: Lang }) {
  return (
    <main class="fanlens-options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      <TokenForm lang={lang} />
      <SettingsForm lang={lang} />
      <section class="fanlens-card">
        <h2>{t(lang, 'privacyTitle')}</h2>
        <p class="fanlens-hint">{t(lang, 'privacyText')}</p>
      </section>
    </main>
  );
}
