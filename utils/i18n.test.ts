import { describe, expect, it } from 'vitest';
import { FAILURE_KINDS, type FailureInfo } from './api/error-kinds';
import { DIMENSIONS } from './audience/model';
import { detectLanguage, failureMessage, t, type Lang } from './i18n';
import { EN_UI } from './strings/en';
import { ZH_UI } from './strings/zh';

const LANGS: Lang[] = ['zh', 'en'];
const NOW = Date.UTC(2026, 11, 1, 9, 0); // 17:00 in Shanghai

describe('detectLanguage', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh', 'zh'],
    ['ZH-tw', 'zh'],
    ['zh-Hant-HK', 'zh'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['ja-JP', 'en'],
    ['', 'zh'],
    [undefined, 'zh'],
  ])('%s → %s', (tag, lang) => {
    expect(detectLanguage(tag)).toBe(lang);
  });
});

describe('t', () => {
  it('gives the dimension titles and gender names in both languages', () => {
    const titles = (lang: Lang) => DIMENSIONS.map((d) => t(lang, `dimension.${d}` as const));
    expect(titles('zh')).toEqual(['性别', '年龄', '城市', '省份', '兴趣', '设备']);
    expect(titles('en')).toEqual([
      'Gender',
      'Age',
      'Top cities',
      'Top provinces',
      'Interests',
      'Devices',
    ]);
    expect([t('zh', 'gender.female'), t('zh', 'gender.male')]).toEqual(['女', '男']);
    expect([t('en', 'gender.female'), t('en', 'gender.male')]).toEqual(['Female', 'Male']);
  });

  it('fills parameters and leaves unknown placeholders alone', () => {
    expect(t('zh', 'anomalies', { n: 3 })).toBe('已略过 3 个异常数值');
    expect(t('en', 'anomalies', { n: 3 })).toBe('3 unusable values skipped');
    expect(t('en', 'anomalies')).toBe('{n} unusable values skipped');
  });

  it('has a non-empty translation for every key in both languages', () => {
    expect(Object.keys(EN_UI).sort()).toEqual(Object.keys(ZH_UI).sort());
    for (const value of [...Object.values(ZH_UI), ...Object.values(EN_UI)]) {
      expect(value.trim()).not.toBe('');
    }
  });
});

describe('failureMessage', () => {
  it.each(LANGS)('says what happened and what to do for every kind (%s)', (lang) => {
    const titles = FAILURE_KINDS.map((kind) => {
      const message = failureMessage(lang, { kind, code: 101 }, NOW);
      expect(message.title.trim()).not.toBe('');
      expect(message.action.trim()).not.toBe('');
      expect(message.title).not.toContain('{');
      expect(message.action).not.toContain('{');
      return message.title;
    });
    expect(new Set(titles).size).toBe(FAILURE_KINDS.length);
  });

  it('tells how to fix an invalid token and a missing one', () => {
    expect(failureMessage('zh', { kind: 'token-invalid', code: 100 }, NOW)).toEqual({
      title: '令牌无效或已过期',
      action: '请在设置中更新令牌',
    });
    expect(failureMessage('en', { kind: 'token-invalid' }, NOW).title).toBe(
      'The token is invalid or expired',
    );
    expect(failureMessage('en', { kind: 'token-invalid' }, NOW).action).toContain('Settings');
    expect(failureMessage('zh', { kind: 'no-token' }, NOW).action).toBe(
      '请在设置中粘贴 Just One API 令牌',
    );
    expect(failureMessage('en', { kind: 'no-token' }, NOW).action).toMatch(
      /Just One API token in Settings/,
    );
  });

  it('names the unexpected code', () => {
    const info: FailureInfo = { kind: 'unknown-code', code: 101 };
    expect(failureMessage('zh', info, NOW).title).toBe('接口返回了意外结果（代码 101）');
    expect(failureMessage('en', info, NOW).title).toContain('(code 101)');
    expect(failureMessage('en', { kind: 'unknown-code' }, NOW).title).toContain('(code ?)');
  });

  it('warns that a timed-out call may have been billed', () => {
    expect(failureMessage('zh', { kind: 'timeout' }, NOW).action).toContain('可能仍已计费');
    expect(failureMessage('en', { kind: 'timeout' }, NOW).action).toContain('billed');
  });

  it('says a paid answer that could not be used may have been billed, once', () => {
    const unusable = { kind: 'unexpected-answer', code: 0, possiblyBilled: true } as const;
    expect(failureMessage('zh', unusable, 0).action).toBe('该次调用可能已计费；请稍后重试');
    expect(failureMessage('en', unusable, 0).action).toBe(
      'This call may have been billed. Try again later',
    );

    const timeout = failureMessage('zh', { kind: 'timeout', possiblyBilled: true }, 0).action;
    expect(timeout.match(/计费/g)).toHaveLength(1);
  });

  it('says a request given up in the queue was not sent and not billed', () => {
    const queued = { kind: 'timeout', possiblyBilled: false } as const;
    expect(failureMessage('zh', queued, 0).action).toBe(
      '前面的请求迟迟没有回应，这次没有发送（不计费）；请稍后重试',
    );
  });

  it('shows the quota reset as Beijing time from retryAt', () => {
    const midnight = Date.UTC(2026, 11, 1, 16, 0); // 00:00 on 12-02 in Shanghai
    const info: FailureInfo = { kind: 'quota-exceeded', code: 303, retryAt: midnight };
    expect(failureMessage('zh', info, NOW).action).toBe('额度将于 00:00（北京时间）重置，届时再试');
    expect(failureMessage('en', info, NOW).action).toBe(
      'It resets at 00:00 Beijing time; try again then',
    );

    const odd = { ...info, retryAt: Date.UTC(2026, 11, 1, 22, 5) };
    expect(failureMessage('zh', odd, NOW).action).toContain('06:05');
    expect(failureMessage('zh', { kind: 'quota-exceeded' }, NOW).action).toContain('00:00');
    expect(failureMessage('zh', info, midnight + 1).action).toBe('额度应已重置，可以重试');
  });

  it('says how long to wait after a rate limit when it is known', () => {
    const info: FailureInfo = { kind: 'rate-limited', retryAt: NOW + 4_200 };
    expect(failureMessage('zh', info, NOW).action).toBe('请 5 秒后再试');
    expect(failureMessage('en', info, NOW).action).toBe('Wait 5 s, then try again');
    expect(failureMessage('en', { kind: 'rate-limited' }, NOW).action).toBe(
      'Wait a moment, then try again',
    );
  });
});
