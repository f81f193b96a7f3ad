import { describe, expect, it } from 'vitest';
import { shanghaiClock, shanghaiDateTime } from './shanghai-time';

describe('Beijing time', () => {
  it.each([
    [Date.UTC(2026, 11, 1, 16, 0), '00:00', '12-02 00:00'],
    [Date.UTC(2026, 11, 1, 1, 14), '09:14', '12-01 09:14'],
    [Date.UTC(2026, 11, 31, 15, 59), '23:59', '12-31 23:59'],
    [Date.UTC(2026, 11, 31, 16, 0), '00:00', '01-01 00:00'],
  ])('%i → %s', (epochMs, clock, dateTime) => {
    expect(shanghaiClock(epochMs)).toBe(clock);
    expect(shanghaiDateTime(epochMs)).toBe(dateTime);
  });
});
