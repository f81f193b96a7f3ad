import { describe, expect, it } from 'vitest';
import { createAutoLoadGate, DWELL_MS, USER_MOVE_WINDOW_MS } from './auto-load-gate';

function gateAt(start = 10_000) {
  const clock = { now: start };
  return { clock, gate: createAutoLoadGate(() => clock.now) };
}

describe('auto-load gate', () => {
  it('loads a freshly opened creator page at once', () => {
    const { gate } = gateAt();
    expect(gate.delayFor('page-load')).toBe(0);
  });

  it('makes an in-app move without user input wait for the dwell', () => {
    const { gate } = gateAt();
    expect(gate.delayFor('in-app')).toBe(DWELL_MS);
    expect(DWELL_MS).toBe(600);
  });

  it('loads a move right after a click at once, and only that one move', () => {
    const { clock, gate } = gateAt();
    gate.noteUserInput();
    clock.now += 300;
    expect(gate.delayFor('in-app')).toBe(0);
    expect(gate.delayFor('in-app')).toBe(DWELL_MS);
  });

  it.each([
    [USER_MOVE_WINDOW_MS, 0],
    [USER_MOVE_WINDOW_MS + 1, DWELL_MS],
    [60_000, DWELL_MS],
  ])("counts input %i ms before the move as the user's only within the window", (ago, delay) => {
    const { clock, gate } = gateAt();
    gate.noteUserInput();
    clock.now += ago;
    expect(gate.delayFor('in-app')).toBe(delay);
  });

  it('grants a burst after one click one prompt move, then dwells', () => {
    const { clock, gate } = gateAt();
    gate.noteUserInput();
    const delays = Array.from({ length: 20 }, () => {
      clock.now += 40;
      return gate.delayFor('in-app');
    });
    expect(delays.filter((delay) => delay === 0)).toHaveLength(1);
    expect(delays[0]).toBe(0);
    expect(delays.slice(1).every((delay) => delay === DWELL_MS)).toBe(true);
  });

  it("does not let a page load use up the user's click", () => {
    const { gate } = gateAt();
    gate.noteUserInput();
    expect(gate.delayFor('page-load')).toBe(0);
    expect(gate.delayFor('in-app')).toBe(0);
  });
});
