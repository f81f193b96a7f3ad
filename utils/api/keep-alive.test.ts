import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ALIVE_INTERVAL_MS, keepAliveWhile, type IntervalTimers } from './keep-alive';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('keepAliveWhile', () => {
  it('pings well inside the 30 s worker limit', () => {
    expect(KEEP_ALIVE_INTERVAL_MS).toBe(25_000);
  });

  it('pings every 25 s while a 60 s request runs, then stops', async () => {
    vi.useFakeTimers();
    const ping = vi.fn(() => Promise.resolve({ os: 'linux' }));
    const task = deferred<string>();
    const kept = keepAliveWhile(task.promise, ping);

    await vi.advanceTimersByTimeAsync(24_999);
    expect(ping).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(ping).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(35_000);
    expect(ping).toHaveBeenCalledTimes(2);

    task.resolve('answer');
    await expect(kept).resolves.toBe('answer');
    await vi.advanceTimersByTimeAsync(100_000);
    expect(ping).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes a rejection through and still stops pinging', async () => {
    vi.useFakeTimers();
    const ping = vi.fn(() => Promise.resolve());
    const task = deferred<never>();
    const kept = keepAliveWhile(task.promise, ping);
    task.reject(new Error('boom'));
    await expect(kept).rejects.toThrow('boom');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ping).not.toHaveBeenCalled();
  });

  it('keeps pinging when a ping fails, synchronously or not', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const ping = () => {
      calls += 1;
      if (calls === 1) throw new Error('sync');
      return Promise.reject(new Error('async'));
    };
    const task = deferred<number>();
    const kept = keepAliveWhile(task.promise, ping, undefined, 1_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(calls).toBe(3);
    task.resolve(7);
    await expect(kept).resolves.toBe(7);
  });

  it('uses the timers it is given and clears the interval it set', async () => {
    const timers: IntervalTimers = {
      setInterval: vi.fn(() => 'interval-1'),
      clearInterval: vi.fn(),
    };
    await keepAliveWhile(Promise.resolve(1), () => Promise.resolve(), timers, 5);
    expect(timers.setInterval).toHaveBeenCalledWith(expect.any(Function), 5);
    expect(timers.clearInterval).toHaveBeenCalledWith('interval-1');
  });
});
