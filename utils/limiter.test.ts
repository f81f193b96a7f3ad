import { describe, expect, it, vi } from 'vitest';
import { createLimiter, WAITED_TOO_LONG } from './limiter';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('createLimiter', () => {
  it('runs at most two tasks at once and the rest in arrival order', async () => {
    const run = createLimiter(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let running = 0;
    let peak = 0;

    const results = gates.map((gate, index) =>
      run(async () => {
        started.push(index);
        peak = Math.max(peak, ++running);
        await gate.promise;
        running--;
        return index * 10;
      }),
    );

    await Promise.resolve();
    expect(started).toEqual([0, 1]);

    gates[1]!.resolve();
    await results[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);

    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(results)).toEqual([0, 10, 20, 30]);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
  });

  it('frees the slot when a task fails', async () => {
    const run = createLimiter(1);
    await expect(run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await run(async () => 'next')).toBe('next');
  });
});

describe('createLimiter with a waiting limit', () => {
  it('gives up a task that could not start in time, and never starts it', async () => {
    vi.useFakeTimers();
    try {
      const run = createLimiter(1);
      let release!: () => void;
      const first = run(() => new Promise<string>((done) => (release = () => done('first'))));
      const started: string[] = [];
      const second = run(async () => void started.push('second'), 10_000);

      await vi.advanceTimersByTimeAsync(10_000);
      expect(await second).toBe(WAITED_TOO_LONG);

      release();
      expect(await first).toBe('first');
      expect(started).toEqual([]);
      expect(await run(async () => 'third')).toBe('third');
    } finally {
      vi.useRealTimers();
    }
  });
});
