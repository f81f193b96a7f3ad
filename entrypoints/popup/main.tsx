import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { detectLanguage } from '@/utils/i18n';
import '@/components/fanlens.css';

// The same preference the marketplace overlay follows, so one user sees one language.
const lang = detectLanguage(navigator.language);
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

// The tab's URL is visible only on sites the extension may run on (the marketplace), which
// is exactly where opening on the current creator makes sense.
void browser.tabs
  .query({ active: true, currentWindow: true })
  .catch(() => [])
  .then(([activeTab]) => {
    render(<PopupApp lang={lang} activeTabUrl={activeTab?.url} />, document.getElementById('app')!);
  });
