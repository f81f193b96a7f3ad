// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { INVALIDATION_CHECK_MS, watchInvalidation } from './watch-invalidation';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  fakeBrowser.reset();
});

/** What Chrome does to a content script when its extension is reloaded: `runtime.id` goes. */
function reloadExtension(): void {
  (fakeBrowser.runtime as { id?: string }).id = undefined;
}

describe('watchInvalidation', () => {
  it('aborts the context within one check after the extension went away', () => {
    const ctx = new ContentScriptContext('pgy');
    const removePanel = vi.fn();
    ctx.onInvalidated(removePanel);
    watchInvalidation(ctx);

    vi.advanceTimersByTime(INVALIDATION_CHECK_MS * 3);
    expect(removePanel).not.toHaveBeenCalled();

    reloadExtension();
    vi.advanceTimersByTime(INVALIDATION_CHECK_MS);
    expect(removePanel).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('stops checking once the context is gone', () => {
    const ctx = new ContentScriptContext('pgy');
    watchInvalidation(ctx);
    ctx.abort('replaced by a newer content script');
    expect(vi.getTimerCount()).toBe(0);
  });
});
