// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepAttached } from './keep-attached';

/** MutationObserver callbacks run as microtasks; a macrotask waits for all of them. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function watchedHost(max?: number) {
  const host = document.createElement('fanlens-overlay');
  document.body.append(host);
  const reattach = vi.fn(() => document.body.append(host));
  const giveUp = vi.fn();
  stop = keepAttached(host, { reattach, giveUp, maxReattachments: max });
  return { host, reattach, giveUp };
}

describe('keepAttached', () => {
  it('puts the host back after the page re-renders <body>', async () => {
    const { host, reattach } = watchedHost();
    document.body.innerHTML = '<main>re-rendered</main>';
    await flush();
    expect(reattach).toHaveBeenCalledTimes(1);
    expect(host.isConnected).toBe(true);
    expect(document.body.lastElementChild).toBe(host);
  });

  it('puts the host back into a replaced body element', async () => {
    const { host, reattach } = watchedHost();
    const fresh = document.createElement('body');
    document.documentElement.replaceChild(fresh, document.body);
    await flush();
    expect(reattach).toHaveBeenCalledTimes(1);
    expect(host.parentElement).toBe(fresh);
    // The new body is watched too.
    host.remove();
    await flush();
    expect(reattach).toHaveBeenCalledTimes(2);
    expect(host.parentElement).toBe(fresh);
  });

  it('ignores page changes that leave the host in place', async () => {
    const { reattach } = watchedHost();
    document.body.prepend(document.createElement('div'));
    await flush();
    expect(reattach).not.toHaveBeenCalled();
  });

  it('gives up after the cap when the page keeps removing the host', async () => {
    const { host, reattach, giveUp } = watchedHost(3);
    for (let i = 0; i < 10; i += 1) {
      host.remove();
      await flush();
    }
    expect(reattach).toHaveBeenCalledTimes(3);
    expect(giveUp).toHaveBeenCalledTimes(1);
    expect(host.isConnected).toBe(false);
  });

  it('stops watching once stopped', async () => {
    const { host, reattach } = watchedHost();
    stop!();
    host.remove();
    await flush();
    expect(reattach).not.toHaveBeenCalled();
  });
});
