import { describe, expect, it } from 'vitest';
import { formatCount, formatShare } from './format';

describe('formatShare', () => {
  it.each([
    [0.853, '85.3%'],
    [0.8766, '87.7%'],
    [88442 / 103683, '85.3%'],
    [11094 / 103683, '10.7%'],
    [0, '0.0%'],
    [-0, '0.0%'],
    [1, '100.0%'],
    [0.0045, '0.5%'],
    [0.0015, '0.2%'],
    [0.00049, '0.0%'],
    [0.9996, '100.0%'],
    [Number.NaN, '–'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('%s → %s', (fraction, expected) => {
    expect(formatShare(fraction)).toBe(expected);
  });
});

describe('formatCount', () => {
  it.each([
    [88442, '88,442'],
    [103683, '103,683'],
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
    [Number.NaN, '–'],
  ])('%s → %s', (count, expected) => {
    expect(formatCount(count)).toBe(expected);
  });
});
