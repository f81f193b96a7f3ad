// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AudienceReply } from '@/utils/messages';
import { testAudience } from './test-audience';
import { useAudience } from './use-audience';

type Options = { fresh?: boolean; cacheOnly?: boolean };
const requestAudience = vi.fn<(creatorId: string, options: Options) => Promise<AudienceReply>>();
vi.mock('@/utils/ask-background', () => ({
  requestAudience: (creatorId: string, options: Options) => requestAudience(creatorId, options),
}));

const A = '5d21ab6b000000001201567d';
const B = '5662e3c1b8ce1a26f2c10712';
const data = (creatorId: string): AudienceReply => ({
  ok: true,
  value: { audience: { ...testAudience(), creatorId }, fetchedAt: 1, fromCache: false },
});
const failure = (kind: 'no-token' | 'token-invalid' | 'no-permission'): AudienceReply => ({
  ok: false,
  error: { kind },
});

function deferred() {
  let resolve!: (reply: AudienceReply) => void;
  const promise = new Promise<AudienceReply>((done) => (resolve = done));
  return { promise, resolve };
}

async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => requestAudience.mockReset());
afterEach(cleanup);

describe('useAudience', () => {
  it('loads on its own, and keeps the shown answer when a refresh fails', async () => {
    requestAudience.mockResolvedValueOnce(data(A)).mockResolvedValueOnce(failure('no-permission'));
    const { result } = renderHook(() => useAudience(A, true));
    await settle();
    expect(result.current.state).toMatchObject({ status: 'data', creatorId: A });

    act(() => result.current.refresh());
    expect(result.current.state).toMatchObject({ status: 'data', refreshing: true });
    await settle();

    expect(requestAudience.mock.calls).toEqual([
      [A, { fresh: false, cacheOnly: false }],
      [A, { fresh: true, cacheOnly: false }],
    ]);
    expect(result.current.state).toMatchObject({
      status: 'data',
      answer: { audience: { creatorId: A } },
      refreshError: { kind: 'no-permission' },
    });
  });

  it('without automatic loading asks only for a kept answer, then waits for a click', async () => {
    requestAudience.mockResolvedValueOnce({ ok: false, error: { kind: 'not-cached' } });
    const { result } = renderHook(() => useAudience(A, false));
    await settle();

    expect(requestAudience.mock.calls).toEqual([[A, { fresh: false, cacheOnly: true }]]);
    expect(result.current.state).toEqual({ status: 'idle', creatorId: A });

    requestAudience.mockResolvedValueOnce(data(A));
    act(() => result.current.load());
    await settle();
    expect(requestAudience.mock.calls[1]).toEqual([A, { fresh: false, cacheOnly: false }]);
    expect(result.current.state).toMatchObject({ status: 'data', creatorId: A });
  });

  it('without automatic loading shows a kept answer at once', async () => {
    requestAudience.mockResolvedValueOnce(data(A));
    const { result } = renderHook(() => useAudience(A, false));
    await settle();
    expect(result.current.state).toMatchObject({ status: 'data', creatorId: A });
  });

  it('ignores the answer for a creator the user has left', async () => {
    const slow = deferred();
    requestAudience.mockReturnValueOnce(slow.promise).mockResolvedValueOnce(data(B));
    const { result, rerender } = renderHook(({ id }) => useAudience(id, true), {
      initialProps: { id: A },
    });

    rerender({ id: B });
    await settle();
    slow.resolve(data(A));
    await settle();

    expect(result.current.state).toMatchObject({ status: 'data', creatorId: B });
  });

  it.each(['no-token', 'token-invalid'] as const)(
    'asks again after %s when the user comes back to the tab',
    async (kind) => {
      requestAudience.mockResolvedValueOnce(failure(kind)).mockResolvedValueOnce(data(A));
      const { result } = renderHook(() => useAudience(A, true));
      await settle();

      setVisibility('hidden');
      setVisibility('visible');
      await settle();

      expect(requestAudience).toHaveBeenCalledTimes(2);
      expect(result.current.state).toMatchObject({ status: 'data', creatorId: A });
    },
  );

  it('does not ask again on coming back after a failure the settings cannot fix', async () => {
    requestAudience.mockResolvedValueOnce(failure('no-permission'));
    renderHook(() => useAudience(A, true));
    await settle();

    setVisibility('visible');
    await settle();
    expect(requestAudience).toHaveBeenCalledTimes(1);
  });
});
