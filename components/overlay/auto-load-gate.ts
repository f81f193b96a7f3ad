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

export interface AutoLoadGate {
  /** Called for trusted input events only: page scripts cannot make those. */
  noteUserInput(): void;
  /** The wait before the automatic request for the creator the page just moved to. */
  delayFor(move: PageMove): number;
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

  return {
    noteUserInput() {
      inputAt = now();
    },
    delayFor(move) {
      if (move === 'page-load') return 0;
      const byUser = inputAt !== undefined && now() - inputAt <= windowMs;
      inputAt = undefined;
      return byUser ? 0 : dwellMs;
    },
  };
}
