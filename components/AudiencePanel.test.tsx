// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FailureInfo } from '@/utils/api/error-kinds';
import type { Lang } from '@/utils/i18n';
import { AudiencePanel } from './AudiencePanel';
import type { PanelState } from './panel-state';
import { testAudience } from './test-audience';
import { trustedClick } from './test-events';

afterEach(cleanup);

const CREATOR = '5d21ab6b000000001201567d';
const NOW = Date.UTC(2026, 11, 1, 9, 0);
const FETCHED = Date.UTC(2026, 11, 1, 1, 14); // 09:14 in Shanghai

function renderPanel(state: PanelState, lang: Lang = 'zh') {
  const on = {
    onRefresh: vi.fn(),
    onRetry: vi.fn(),
    onLoad: vi.fn(),
    onOpenOptions: vi.fn(),
  };
  const view = render(<AudiencePanel lang={lang} state={state} now={NOW} {...on} />);
  const root = view.container.querySelector<HTMLElement>('.fanlens-panel')!;
  const button = (action: string) =>
    root.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  const actions = () =>
    [...root.querySelectorAll<HTMLElement>('[data-action]')].map((b) => b.dataset.action);
  return { root, on, button, actions };
}

function errorState(error: FailureInfo): PanelState {
  return { status: 'error', creatorId: CREATOR, error };
}

describe('AudiencePanel', () => {
  it('idle: offers to load, and loading is a click away', () => {
    const { root, on, button, actions } = renderPanel({ status: 'idle', creatorId: CREATOR });
    expect(root.dataset.state).toBe('idle');
    expect(root.dataset.creatorId).toBe(CREATOR);
    expect(root.textContent).toContain(CREATOR);
    expect(actions()).toEqual(['load']);
    expect(button('load')?.textContent).toBe('加载粉丝画像');

    trustedClick(button('load')!);
    expect(on.onLoad).toHaveBeenCalledTimes(1);
    expect(on.onRefresh).not.toHaveBeenCalled();
  });

  it('idle in English', () => {
    const { button } = renderPanel({ status: 'idle', creatorId: CREATOR }, 'en');
    expect(button('load')?.textContent).toBe('Load audience');
  });

  it('loading: a polite status and no buttons', () => {
    const { root, actions } = renderPanel({ status: 'loading', creatorId: CREATOR });
    expect(root.dataset.state).toBe('loading');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('正在获取粉丝画像');
    expect(actions()).toEqual([]);
  });

  it('data: the charts, the data date, the cache note and a refresh button', () => {
    const answer = { audience: testAudience(), fetchedAt: FETCHED, fromCache: true };
    const { root, on, button, actions } = renderPanel({
      status: 'data',
      creatorId: CREATOR,
      answer,
    });
    expect(root.dataset.state).toBe('data');
    expect(root.querySelector('[data-role="data-date"]')?.textContent).toBe('2026-11-30');
    expect(root.querySelector('[data-role="fetched"]')?.textContent).toBe(
      '已缓存 · 获取于 12-01 09:14',
    );
    expect(root.querySelector('section[data-dimension="gender"]')?.textContent).toContain(
      '女85.3%',
    );
    expect(actions()).toEqual(['refresh']);

    trustedClick(button('refresh')!);
    expect(on.onRefresh).toHaveBeenCalledTimes(1);
  });

  it('data: a fresh answer is not called cached; a record time shows as its day', () => {
    const audience = testAudience({ dataDate: '2026-12-01T09:14:03.512734901' });
    const answer = { audience, fetchedAt: FETCHED, fromCache: false };
    const { root } = renderPanel({ status: 'data', creatorId: CREATOR, answer }, 'en');
    expect(root.querySelector('[data-role="fetched"]')?.textContent).toBe('fetched 12-01 09:14');
    expect(root.querySelector('[data-role="data-date"]')?.textContent).toBe('2026-12-01');
  });

  it('data: a refresh under way keeps the answer and disables the button', () => {
    const answer = { audience: testAudience(), fetchedAt: FETCHED, fromCache: false };
    const state = { status: 'data', creatorId: CREATOR, answer, refreshing: true } as const;
    const { root, button } = renderPanel(state);
    expect(button('refresh')?.disabled).toBe(true);
    expect(button('refresh')?.textContent).toBe('刷新中…');
    expect(root.querySelector('section[data-dimension="gender"]')).not.toBeNull();
  });

  it('data: a failed refresh says what happened above the answer from before', () => {
    const answer = { audience: testAudience(), fetchedAt: FETCHED, fromCache: true };
    const refreshError = { kind: 'no-permission' } as const;
    const { root } = renderPanel({ status: 'data', creatorId: CREATOR, answer, refreshError });
    const notice = root.querySelector('[data-refresh-error-kind="no-permission"]');
    expect(notice?.textContent).toBe(
      '刷新失败：令牌没有此接口的权限。请在 Just One API 开通权限，或在设置中换用另一个接口。' +
        '下方仍是之前的数据。',
    );
    expect(root.querySelector('section[data-dimension="gender"]')?.textContent).toContain('85.3%');
  });

  it('data: an answer in counts shows the follower total the shares are of', () => {
    const audience = { ...testAudience(), shape: 'counts' as const, total: 103683 };
    const answer = { audience, fetchedAt: FETCHED, fromCache: false };
    const { root } = renderPanel({ status: 'data', creatorId: CREATOR, answer });
    expect(root.querySelector('[data-role="follower-total"]')?.textContent).toBe('103,683');
  });

  it('data: an unknown data date says so', () => {
    const audience = testAudience({ dataDate: undefined });
    const answer = { audience, fetchedAt: FETCHED, fromCache: false };
    const { root } = renderPanel({ status: 'data', creatorId: CREATOR, answer });
    expect(root.querySelector('[data-role="data-date"]')?.textContent).toBe('未知');
  });

  it('error: a retryable failure explains itself and retries on click', () => {
    const { root, on, button, actions } = renderPanel(
      errorState({ kind: 'unknown-code', code: 101, detail: 'code 101 from fans_profile' }),
    );
    expect(root.dataset.state).toBe('error');
    const error = root.querySelector<HTMLElement>('[data-error-kind]');
    expect(error?.dataset.errorKind).toBe('unknown-code');
    expect(error?.textContent).toContain('接口返回了意外结果（代码 101）');
    expect(error?.querySelector('code')?.textContent).toBe(
      'unknown-code · code 101 · code 101 from fans_profile',
    );
    expect(actions()).toEqual(['retry']);

    trustedClick(button('retry')!);
    expect(on.onRetry).toHaveBeenCalledTimes(1);
  });

  it('error: an invalid token leads to Settings and offers no retry', () => {
    const { root, on, button, actions } = renderPanel(
      errorState({ kind: 'token-invalid', code: 100 }),
    );
    expect(root.querySelector('[data-error-kind="token-invalid"]')?.textContent).toContain(
      '令牌无效或已过期',
    );
    expect(actions()).toEqual(['open-options']);

    trustedClick(button('open-options')!);
    expect(on.onOpenOptions).toHaveBeenCalledTimes(1);
  });

  it('error: an invalid id offers no button at all', () => {
    const { actions } = renderPanel(errorState({ kind: 'invalid-id' }));
    expect(actions()).toEqual([]);
  });

  it('error: a low balance offers a retry for after the top-up', () => {
    const { actions } = renderPanel(errorState({ kind: 'balance-low', code: 601 }));
    expect(actions()).toEqual(['retry']);
  });

  it('error: a spent quota offers a retry only once it has reset', () => {
    const before = renderPanel(errorState({ kind: 'quota-exceeded', retryAt: NOW + 60_000 }));
    expect(before.actions()).toEqual([]);
    expect(before.root.textContent).toContain('额度将于 17:01（北京时间）重置');
    cleanup();

    const after = renderPanel(errorState({ kind: 'quota-exceeded', retryAt: NOW - 1 }));
    expect(after.actions()).toEqual(['retry']);
  });

  it('no-token: points to Settings, names no creator', () => {
    const { root, on, button, actions } = renderPanel({ status: 'no-token' });
    expect(root.dataset.state).toBe('no-token');
    expect(root.hasAttribute('data-creator-id')).toBe(false);
    expect(root.querySelector('[data-error-kind="no-token"]')?.textContent).toContain(
      'Just One API 令牌',
    );
    expect(actions()).toEqual(['open-options']);

    trustedClick(button('open-options')!);
    expect(on.onOpenOptions).toHaveBeenCalledTimes(1);
  });

  // The overlay's shadow root is open: a marketplace script can find these buttons and click
  // them from code. Such clicks are untrusted and must not start a paid request.
  it.each([
    ['load', { status: 'idle', creatorId: CREATOR }],
    ['refresh', { status: 'data', creatorId: CREATOR, answer: dataAnswer() }],
    ['retry', errorState({ kind: 'server-error', status: 503 })],
    ['open-options', errorState({ kind: 'token-invalid', code: 100 })],
  ] as const)('%s ignores clicks made by a script', (action, state) => {
    const { on, button } = renderPanel(state as PanelState);
    button(action)!.click();
    fireEvent.click(button(action)!);

    for (const handler of Object.values(on)) expect(handler).not.toHaveBeenCalled();
  });
});

function dataAnswer() {
  return { audience: testAudience(), fetchedAt: FETCHED, fromCache: false };
}
