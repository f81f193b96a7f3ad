import { createAutoLoadBudget } from './auto-load-budget';

/**
 * How long the URL must rest on a creator before the panel asks the API on its own. A page
 * script can push many creator URLs a second; each automatic request costs the user money,
 * so only the creator the page settles on is asked for.
 */
export const DWELL_MS = 600;

/** A move this soon after the user's own click or key press is the user's, and loads at once. */
export const USER_MOVE_WINDOW_MS = 1000;

/** A full page load, or a move inside the single-page app (pushState, back and forward). */
export type PageMove = 'page-load' | 'in-app';

/** When and whether the automatic request for the creator the page just moved to starts. */
export interface AutoLoadPlan {
  /** The wait before the automatic request; 0: at once. */
  delayMs: number;
  /**
   * Called when the wait is over and a request is about to start: false means the tab's
   * budget of automatic loads is spent and the panel offers click-to-load instead.
   */
  claim(): boolean;
}

export interface AutoLoadGate {
  /** Called for trusted input events only: page scripts cannot make those. */
  noteUserInput(): void;
  /**
   * For the creator the page just moved to: how long to wait before the automatic request,
   * and the budget check for moves that no user input preceded.
   */
  planFor(move: PageMove): AutoLoadPlan;
}

/**
 * Opening a creator page, or a move right after the user clicked or typed, loads at once;
 * any other move waits for the dwell. One input grants one prompt move, so a script that
 * bursts through URLs after a click still pays for at most the first and the last creator.
 */
export function createAutoLoadGate(
  now: () => number,
  dwellMs: number = DWELL_MS,
  windowMs: number = USER_MOVE_WINDOW_MS,
): AutoLoadGate {
  let inputAt: number | undefined;
  const budget = createAutoLoadBudget(now);

  /** Opening the tab on a creator page is the user's act, as is a move right after input. */
  function byUser(move: PageMove): boolean {
    if (move === 'page-load') return true;
    const recent = inputAt !== undefined && now() - inputAt <= windowMs;
    inputAt = undefined;
    return recent;
  }

  function planFor(move: PageMove): AutoLoadPlan {
    if (byUser(move)) return { delayMs: 0, claim: () => true };
    return { delayMs: dwellMs, claim: () => budget.spend() };
  }

  return {
    noteUserInput() {
      inputAt = now();
    },
    planFor,
  };
}
