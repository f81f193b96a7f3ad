/** How many automatic loads no user input preceded one tab may make per window. */
export const AUTO_LOAD_BUDGET = 3;

/** The sliding window the budget counts over. */
export const AUTO_LOAD_WINDOW_MS = 10 * 60_000;

export interface AutoLoadBudget {
  /** Spends one automatic load if any is left in the window; false: ask the user instead. */
  spend(): boolean;
}

/**
 * A page script that walks through creators slowly passes any dwell, and each creator it
 * settles on is a paid request the user never asked for. Loads that no user input preceded
 * are therefore capped per tab; past the cap the panel waits for the user's click.
 */
export function createAutoLoadBudget(
  now: () => number,
  limit: number = AUTO_LOAD_BUDGET,
  windowMs: number = AUTO_LOAD_WINDOW_MS,
): AutoLoadBudget {
  let spentAt: number[] = [];

  return {
    spend() {
      const at = now();
      spentAt = spentAt.filter((time) => at - time < windowMs);
      if (spentAt.length >= limit) return false;
      spentAt.push(at);
      return true;
    },
  };
}
