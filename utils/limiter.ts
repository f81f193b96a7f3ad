/** What `run` answers when a task waited longer than it was allowed to and never started. */
export const WAITED_TOO_LONG = Symbol('waited too long');

export interface WaitTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const globalWaitTimers: WaitTimers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as Parameters<typeof clearTimeout>[0]),
};

/**
 * Runs at most `max` tasks at once; the rest wait in arrival order. Used to bound how many
 * paid requests are outstanding together, whatever the views ask for. A task may give up
 * waiting after `maxWaitMs`: it is then never started (and never paid for).
 */
export function createLimiter(max: number, timers: WaitTimers = globalWaitTimers) {
  let active = 0;
  const waiting: Array<() => void> = [];

  function acquire(maxWaitMs?: number): Promise<boolean> {
    if (active < max) {
      active++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const take = () => {
        if (timer !== undefined) timers.clearTimeout(timer);
        resolve(true);
      };
      waiting.push(take);
      const timer =
        maxWaitMs === undefined
          ? undefined
          : timers.setTimeout(() => {
              waiting.splice(waiting.indexOf(take), 1);
              resolve(false);
            }, maxWaitMs);
    });
  }

  return async function run<T>(
    task: () => Promise<T>,
    maxWaitMs?: number,
  ): Promise<T | typeof WAITED_TOO_LONG> {
    if (!(await acquire(maxWaitMs))) return WAITED_TOO_LONG;

    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so `active` never dips and overshoots.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
