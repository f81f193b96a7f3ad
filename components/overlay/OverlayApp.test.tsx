// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ask from '@/utils/ask-background';
import type { AudienceReply, OverlayPrefs } from '@/utils/messages';
import { testAudience } from '../test-audience';
import { trustedClick } from '../test-events';
import { OverlayApp } from './OverlayApp';

vi.mock('@/utils/ask-background', () => ({
  askBackground: vi.fn(),
  requestAudience: vi.fn(),
  extensionContextAlive: vi.fn(),
  openOptions: vi.fn(),
}));

const AUTO: OverlayPrefs = { collapsed: false, overlayLoad: 'auto' };
const ids = Array.from({ length: 20 }, (_, i) => `5d21ab6b0000000012${String(i).padStart(6, '0')}`);
const DISCONNECTED: AudienceReply = {
  ok: false,
  error: { kind: 'disconnected', detail: 'message channel closed' },
};

const requestAudience = vi.mocked(ask.requestAudience);

/** An answer the background had kept for this creator. */
function kept(creatorId: string): AudienceReply {
  return {
    ok: true,
    value: { audience: { ...testAudience(), creatorId }, fetchedAt: 1, fromCache: true },
  };
}

/** The requests that may cost money: asking only for a kept answer never does. */
function paid() {
  return requestAudience.mock.calls
    .filter(([, options]) => !options?.cacheOnly)
    .map(([creatorId, options]) => [creatorId, options?.fresh ?? false]);
}

beforeEach(() => {
  vi.clearAllMocks();
  vi.useFakeTimers();
  vi.mocked(ask.askBackground).mockResolvedValue({} as never);
  vi.mocked(ask.extensionContextAlive).mockReturnValue(true);
  // An answer that never comes: the panel stays in loading.
  requestAudience.mockReturnValue(new Promise(() => {}));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function panel(container: Element) {
  const root = container.querySelector<HTMLElement>('.fanlens-panel');
  return { state: root?.dataset.state, creatorId: root?.dataset.creatorId };
}

/** Lets the replies and the re-renders they cause run to the end. */
async function settle() {
  for (let round = 0; round < 5; round += 1) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
  }
}

const app = (creatorId: string, delay: number, prefs = AUTO, claim?: () => boolean) => (
  <OverlayApp
    creatorId={creatorId}
    lang="zh"
    prefs={prefs}
    autoLoadDelayMs={delay}
    claimAutoLoad={claim}
  />
);

describe('OverlayApp automatic loading', () => {
  it('asks at once when the delay is 0', () => {
    const { container } = render(app(ids[0]!, 0));
    expect(paid()).toEqual([[ids[0], false]]);
    // One message: no separate question for a kept answer first.
    expect(requestAudience).toHaveBeenCalledTimes(1);
    expect(panel(container)).toEqual({ state: 'loading', creatorId: ids[0] });
  });

  it('names each new creator at once but asks only for the one the page stays on', async () => {
    const view = render(app(ids[0]!, 600));
    for (const creatorId of ids) {
      view.rerender(app(creatorId, 600));
      expect(panel(view.container)).toEqual({ state: 'loading', creatorId });
      await act(() => void vi.advanceTimersByTime(40));
    }
    expect(paid()).toEqual([]);

    await act(() => void vi.advanceTimersByTime(600 - 40 - 1));
    expect(paid()).toEqual([]);
    await act(() => void vi.advanceTimersByTime(1));
    expect(paid()).toEqual([[ids[19], false]]);
  });

  it('drops a waiting start when the panel is collapsed; expanding asks at once', async () => {
    const { container } = render(app(ids[0]!, 600));
    await act(() =>
      trustedClick(container.querySelector<HTMLElement>('[data-action="collapse"]')!),
    );
    await act(() => void vi.advanceTimersByTime(5000));
    expect(paid()).toEqual([]);

    await act(() => trustedClick(container.querySelector<HTMLElement>('[data-action="expand"]')!));
    expect(paid()).toEqual([[ids[0], false]]);
  });

  it('ignores an expand click a page script made', async () => {
    const collapsed = { ...AUTO, collapsed: true };
    const { container } = render(app(ids[0]!, 0, collapsed));
    await act(() => (container.querySelector('[data-action="expand"]') as HTMLElement).click());
    expect(container.querySelector('.fanlens-panel')).toBeNull();
    expect(paid()).toEqual([]);
  });

  it('shows a kept answer at once, and the dwell then costs nothing', async () => {
    requestAudience.mockResolvedValue(kept(ids[0]!));
    const { container } = render(app(ids[0]!, 600));
    await settle();
    expect(panel(container)).toEqual({ state: 'data', creatorId: ids[0] });

    await act(() => void vi.advanceTimersByTime(5000));
    expect(paid()).toEqual([]);
    expect(requestAudience.mock.calls).toEqual([[ids[0], { fresh: false, cacheOnly: true }]]);
  });

  it('moving on from a creator shown with data asks for the next one', async () => {
    requestAudience
      .mockResolvedValueOnce(kept(ids[0]!)) // asked only for a kept answer
      .mockResolvedValueOnce(kept(ids[0]!)) // the automatic request
      .mockReturnValue(new Promise(() => {}));
    const view = render(app(ids[0]!, 0));
    await settle();
    expect(panel(view.container)).toEqual({ state: 'data', creatorId: ids[0] });

    view.rerender(app(ids[1]!, 0));
    expect(paid()).toEqual([
      [ids[0], false],
      [ids[1], false],
    ]);
    expect(panel(view.container)).toEqual({ state: 'loading', creatorId: ids[1] });
  });

  it('offers click-to-load once the budget refuses the automatic request', async () => {
    const claim = vi.fn(() => false);
    const { container } = render(app(ids[0]!, 600, AUTO, claim));
    expect(panel(container).state).toBe('loading');
    await act(() => void vi.advanceTimersByTime(600));
    expect(claim).toHaveBeenCalledTimes(1);
    expect(paid()).toEqual([]);
    expect(panel(container)).toEqual({ state: 'idle', creatorId: ids[0] });

    const button = container.querySelector<HTMLElement>('[data-action="load"]')!;
    await act(() => button.click());
    expect(paid()).toEqual([]);
    await act(() => trustedClick(button));
    expect(paid()).toEqual([[ids[0], false]]);
    expect(claim).toHaveBeenCalledTimes(1);
  });

  it('spends no budget on a creator shown from a kept answer', async () => {
    requestAudience.mockResolvedValue(kept(ids[0]!));
    const claim = vi.fn(() => true);
    render(app(ids[0]!, 600, AUTO, claim));
    await settle();
    await act(() => void vi.advanceTimersByTime(600));
    expect(claim).not.toHaveBeenCalled();
    expect(paid()).toEqual([]);
  });

  it('never asks on its own in click-to-load mode', async () => {
    const click: OverlayPrefs = { collapsed: false, overlayLoad: 'click' };
    const { container } = render(app(ids[0]!, 600, click));
    await act(() => void vi.advanceTimersByTime(5000));
    expect(paid()).toEqual([]);
    expect(panel(container).state).toBe('idle');
  });
});

describe('OverlayApp after the worker was stopped', () => {
  it('asks once more on its own, then shows the lost connection with a retry button', async () => {
    requestAudience.mockResolvedValue(DISCONNECTED);
    const { container } = render(app(ids[0]!, 0));
    await settle();

    expect(paid()).toHaveLength(2);
    expect(panel(container).state).toBe('error');
    expect(container.querySelector('[data-error-kind="disconnected"]')).not.toBeNull();
    expect(container.querySelector('[data-action="retry"]')).not.toBeNull();
  });

  it('neither asks again nor shows an error once the extension itself is gone', async () => {
    vi.mocked(ask.extensionContextAlive).mockReturnValue(false);
    requestAudience.mockResolvedValue(DISCONNECTED);
    const { container } = render(app(ids[0]!, 0));
    await settle();

    expect(paid()).toHaveLength(1);
    expect(container.querySelector('.fanlens-overlay')).toBeNull();
  });
});
