import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { detectLanguage } from '@/utils/i18n';
import '@/components/fanlens.css';
import '@/components/options/options.css';

// The same preference the marketplace overlay follows, so one user sees one language.
const lang = detectLanguage(navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

render(<OptionsApp lang={lang} />, document.getElementById('app')!);
