import { describe, expect, it } from 'vitest';
import { AUTO_LOAD_BUDGET, AUTO_LOAD_WINDOW_MS, createAutoLoadBudget } from './auto-load-budget';

function budgetAt(start = 50_000) {
  const clock = { now: start };
  return { clock, budget: createAutoLoadBudget(() => clock.now) };
}

describe('auto-load budget', () => {
  it('allows 3 automatic loads per 10 minutes', () => {
    expect(AUTO_LOAD_BUDGET).toBe(3);
    expect(AUTO_LOAD_WINDOW_MS).toBe(600_000);
  });

  it('refuses the fourth load of a slow walk through creators', () => {
    const { clock, budget } = budgetAt();
    const spent = Array.from({ length: 41 }, () => {
      clock.now += 700;
      return budget.spend();
    });
    expect(spent.filter(Boolean)).toHaveLength(3);
    expect(spent.slice(0, 3)).toEqual([true, true, true]);
  });

  it('frees a load once the oldest one leaves the window', () => {
    const { clock, budget } = budgetAt();
    for (let i = 0; i < 3; i += 1) {
      expect(budget.spend()).toBe(true);
      clock.now += 1000;
    }
    expect(budget.spend()).toBe(false);
    clock.now += AUTO_LOAD_WINDOW_MS - 3000 - 1;
    expect(budget.spend()).toBe(false);
    clock.now += 1;
    expect(budget.spend()).toBe(true);
    expect(budget.spend()).toBe(false);
  });

  it('does not count refused loads against the window', () => {
    const { clock, budget } = budgetAt();
    [1, 2, 3].forEach(() => budget.spend());
    for (let i = 0; i < 100; i += 1) budget.spend();
    clock.now += AUTO_LOAD_WINDOW_MS;
    expect([budget.spend(), budget.spend(), budget.spend(), budget.spend()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
