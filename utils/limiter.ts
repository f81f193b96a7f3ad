/**
 * Runs at most `max` tasks at once; the rest wait in arrival order. Used to bound how many
 * paid requests are outstanding together, whatever the views ask for.
 */
export function createLimiter(max: number) {
  let active = 0;
  const waiting: Array<() => void> = [];

  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));

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
