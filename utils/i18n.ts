import type { FailureInfo } from './api/error-kinds';
import { shanghaiClock } from './shanghai-time';
import { EN_FAILURES, EN_UI } from './strings/en';
import { ZH_FAILURES, ZH_UI, type FailureText, type UiKey, type UiStrings } from './strings/zh';

/**
 * The UI speaks Chinese first (the users are marketers in mainland China) and English for
 * everyone else. The extension's own strings live here instead of `browser.i18n`, because
 * the overlay must follow the page's language and unit tests have no `i18n` API.
 */
export type Lang = 'zh' | 'en';
export type { UiKey };

const UI: Record<Lang, UiStrings> = { zh: ZH_UI, en: EN_UI };
const FAILURES: Record<Lang, Record<FailureInfo['kind'], FailureText>> = {
  zh: ZH_FAILURES,
  en: EN_FAILURES,
};

/** `zh`, `zh-CN`, `zh-Hant-TW` → zh; any other tag → en; no tag at all → zh. */
export function detectLanguage(tag?: string): Lang {
  const normalised = tag?.trim().toLowerCase() ?? '';
  if (normalised === '') return 'zh';
  return normalised.startsWith('zh') ? 'zh' : 'en';
}

export type Params = Record<string, string | number>;

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function t(lang: Lang, key: UiKey, params?: Params): string {
  return fill(UI[lang][key], params);
}

/** The action line, for kinds whose advice depends on when asking again makes sense. */
function actionFor(lang: Lang, info: FailureInfo, now: number, template: string): string {
  if (info.kind === 'quota-exceeded') {
    if (info.retryAt !== undefined && now >= info.retryAt) return t(lang, 'quotaResetPassed');
    // Without retryAt, midnight Beijing time is the vendor's usual reset.
    const time = info.retryAt === undefined ? '00:00' : shanghaiClock(info.retryAt);
    return fill(template, { time });
  }

  // Gave up waiting behind earlier requests: nothing was sent, so nothing was billed.
  if (info.kind === 'timeout' && info.possiblyBilled === false) return t(lang, 'timeoutNotSent');

  if (info.kind === 'rate-limited' && info.retryAt !== undefined && info.retryAt > now) {
    return t(lang, 'waitSeconds', { seconds: Math.ceil((info.retryAt - now) / 1000) });
  }

  return template;
}

/** What happened and what to do next, for every FailureKind. */
export function failureMessage(
  lang: Lang,
  info: FailureInfo,
  now: number,
): { title: string; action: string } {
  const text = FAILURES[lang][info.kind];
  const title = fill(text.title, { code: info.code ?? '?' });
  const action = actionFor(lang, info, now, text.action);
  // A timeout's own text already says so; for any other kind it must be said here.
  const billed = info.possiblyBilled && info.kind !== 'timeout' ? t(lang, 'maybeBilled') : '';
  return { title, action: billed + action };
}
