import { Chart } from 'chart.js';
import { describe, expect, it, vi } from 'vitest';
import { registerCharts } from './register';

describe('registerCharts', () => {
  it('registers the used chart types once and nothing else', () => {
    const register = vi.spyOn(Chart, 'register');

    expect(registerCharts()).toBe(Chart);
    registerCharts();

    expect(register).toHaveBeenCalledTimes(1);
    expect(Chart.registry.getController('doughnut')).toBeDefined();
    expect(Chart.registry.getController('bar')).toBeDefined();
    expect(Chart.registry.getScale('category')).toBeDefined();
    expect(Chart.registry.getScale('linear')).toBeDefined();
    expect(() => Chart.registry.getController('line')).toThrow(/not a registered controller/);
    expect(() => Chart.registry.getScale('time')).toThrow(/not a registered scale/);
  });
});
