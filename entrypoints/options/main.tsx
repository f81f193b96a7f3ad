import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { detectLanguage } from '@/utils/i18n';
import '@/components/fanlens.css';
import '@/components/options/options.css';

const lang = detectLanguage(browser.i18n.getUILanguage());
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

render(<OptionsApp lang={lang} />, document.getElementById('app')!);
