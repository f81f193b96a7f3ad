import { describe, expect, it } from 'vitest';
import { createAutoLoadGate, DWELL_MS, USER_MOVE_WINDOW_MS } from './auto-load-gate';

function gateAt(start = 10_000) {
  const clock = { now: start };
  return { clock, gate: createAutoLoadGate(() => clock.now) };
}

describe('auto-load gate', () => {
  it('loads a freshly opened creator page at once', () => {
    const { gate } = gateAt();
    expect(gate.planFor('page-load').delayMs).toBe(0);
  });

  it('makes an in-app move without user input wait for the dwell', () => {
    const { gate } = gateAt();
    expect(gate.planFor('in-app').delayMs).toBe(DWELL_MS);
    expect(DWELL_MS).toBe(600);
  });

  it('loads a move right after a click at once, and only that one move', () => {
    const { clock, gate } = gateAt();
    gate.noteUserInput();
    clock.now += 300;
    expect(gate.planFor('in-app').delayMs).toBe(0);
    expect(gate.planFor('in-app').delayMs).toBe(DWELL_MS);
  });

  it.each([
    [USER_MOVE_WINDOW_MS, 0],
    [USER_MOVE_WINDOW_MS + 1, DWELL_MS],
    [60_000, DWELL_MS],
  ])("counts input %i ms before the move as the user's only within the window", (ago, delay) => {
    const { clock, gate } = gateAt();
    gate.noteUserInput();
    clock.now += ago;
    expect(gate.planFor('in-app').delayMs).toBe(delay);
  });

  it('grants a burst after one click one prompt move, then dwells', () => {
    const { clock, gate } = gateAt();
    gate.noteUserInput();
    const delays = Array.from({ length: 20 }, () => {
      clock.now += 40;
      return gate.planFor('in-app').delayMs;
    });
    expect(delays.filter((delay) => delay === 0)).toHaveLength(1);
    expect(delays[0]).toBe(0);
    expect(delays.slice(1).every((delay) => delay === DWELL_MS)).toBe(true);
  });

  it("does not let a page load use up the user's click", () => {
    const { gate } = gateAt();
    gate.noteUserInput();
    expect(gate.planFor('page-load').delayMs).toBe(0);
    expect(gate.planFor('in-app').delayMs).toBe(0);
  });
});

describe('auto-load gate budget', () => {
  it('claims a user move and the page load without spending the budget', () => {
    const { clock, gate } = gateAt();
    const claims = Array.from({ length: 10 }, () => {
      gate.noteUserInput();
      clock.now += 100;
      return gate.planFor('in-app').claim();
    });
    expect(claims.every(Boolean)).toBe(true);
    expect(gate.planFor('page-load').claim()).toBe(true);
    const automatic = Array.from({ length: 4 }, () => gate.planFor('in-app').claim());
    expect(automatic).toEqual([true, true, true, false]);
  });

  it('stops a script walking every 700 ms after 3 automatic loads', () => {
    const { clock, gate } = gateAt();
    expect(gate.planFor('page-load')).toMatchObject({ delayMs: 0 });
    const loads = Array.from({ length: 41 }, () => {
      clock.now += 700;
      const plan = gate.planFor('in-app');
      clock.now += plan.delayMs;
      return plan.claim();
    });
    expect(loads.filter(Boolean)).toHaveLength(3);
  });

  it('spends the budget only when a plan is claimed, not for moves passed over', () => {
    const { gate } = gateAt();
    const plans = Array.from({ length: 20 }, () => gate.planFor('in-app'));
    expect(plans.at(-1)!.claim()).toBe(true);
    expect(gate.planFor('in-app').claim()).toBe(true);
    expect(gate.planFor('in-app').claim()).toBe(true);
    expect(gate.planFor('in-app').claim()).toBe(false);
  });
});
