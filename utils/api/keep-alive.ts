/**
 * Chrome stops an MV3 service worker whose fetch takes more than 30 s to answer, or that sees
 * no extension API call for 30 s, unless a page is waiting on it. The API may take 60 s, and
 * the asking popup may close meanwhile, so a trivial API call every 25 s keeps the worker up.
 */
export const KEEP_ALIVE_INTERVAL_MS = 25_000;

export interface IntervalTimers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

/** Looks the globals up at call time, so timers faked after import are still used. */
const globalIntervalTimers: IntervalTimers = {
  setInterval: (run, ms) => globalThis.setInterval(run, ms),
  clearInterval: (id) => globalThis.clearInterval(id as Parameters<typeof clearInterval>[0]),
};

/**
 * Calls `ping` every `intervalMs` until `task` settles, then stops; settles exactly as `task`
 * does. A failing ping is ignored: it only matters that the call was made.
 */
export function keepAliveWhile<T>(
  task: Promise<T>,
  ping: () => Promise<unknown>,
  timers: IntervalTimers = globalIntervalTimers,
  intervalMs: number = KEEP_ALIVE_INTERVAL_MS,
): Promise<T> {
  const id = timers.setInterval(() => {
    try {
      ping().catch(() => undefined);
    } catch {
      // Same as a rejected ping: nothing to do until the next tick.
    }
  }, intervalMs);
  return task.finally(() => timers.clearInterval(id));
}
